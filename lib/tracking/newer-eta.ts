// Which ETA the customer's page shows: the one rendered by the server or one heard live,
// whichever the server computed last. The page is rendered again on every status change, and
// estimates keep arriving between renders; neither may hide a newer one.

/** An ETA and when the server computed it (null: unknown). */
export interface EtaFix {
  etaAt: string | null;
  computedAt: string | null;
}

/** The later-computed of two ETAs; the page's when the live one does not say when. */
export function newerEta(page: EtaFix, live: EtaFix | undefined): EtaFix {
  if (!live?.computedAt) return page;
  if (!page.computedAt) return live;
  return Date.parse(live.computedAt) > Date.parse(page.computedAt) ? live : page;
}
