import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { getOutletTimeline } from "@/lib/monitoring/reports/get-outlet-timeline";
import { addDays, isUuid, timelineQuerySchema } from "@/lib/monitoring/reports/schemas";
import { OutletTimelineChart } from "@/components/admin/outlet-timeline-chart";
import { TableScroll } from "@/components/table-scroll";
import type { AdminSearchParams } from "../../chain-from-params";
import { orPageError } from "@/app/page-errors";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("timeline.title") };
}

export default async function OutletTimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: AdminSearchParams }) {
  const { id } = await params;
  const actor = await requireSurface("admin", `/admin/outlets/${id}`);
  if (!isUuid(id)) notFound();
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  const query = timelineQuerySchema.safeParse(await searchParams);
  const page = await orPageError(getOutletTimeline(actor, id, query.success ? query.data.date : undefined));
  const chain = `chain=${page.outlet.chainId}`;
  const bands = page.listings.flatMap((l) => l.bands.map((b) => ({ ...b, channel: l.channelName })));

  return (
    <>
      <p className="small">
        <Link href={`/admin?${chain}`}>{t("timeline.backToLive")}</Link>
      </p>
      <h1>{t("timeline.heading", { outlet: page.outlet.name })}</h1>
      <form className="actions" method="get">
        <input type="hidden" name="chain" value={page.outlet.chainId} />
        <Link className="button button-small button-quiet" href={`?${chain}&date=${addDays(page.date, -1)}`}>
          {t("timeline.previousDay")}
        </Link>
        <label>
          {t("timeline.day")} <input type="date" name="date" defaultValue={page.date} />
        </label>
        <button type="submit" className="button button-small">
          {t("timeline.show")}
        </button>
        <Link className="button button-small button-quiet" href={`?${chain}&date=${addDays(page.date, 1)}`}>
          {t("timeline.nextDay")}
        </Link>
      </form>
      {!query.success && <p className="form-error">{t("timeline.invalidDate")}</p>}
      <p className="muted small">{t("timeline.legendNote", { timeZone: page.outlet.timeZone })}</p>
      {page.listings.length === 0 ? <p className="muted">{t("timeline.noListings")}</p> : <OutletTimelineChart timeline={page} timeZone={page.outlet.timeZone} />}
      <details className="section">
        <summary>{t("timeline.bandsTable", { count: bands.length })}</summary>
        {bands.length === 0 ? (
          <p className="muted">{t("timeline.nothingObserved")}</p>
        ) : (
          <TableScroll label={t("timeline.bands")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("timeline.channel")}</th>
                  <th scope="col">{t("timeline.state")}</th>
                  <th scope="col">{t("timeline.from")}</th>
                  <th scope="col">{t("timeline.to")}</th>
                </tr>
              </thead>
              <tbody>
                {bands.map((b) => (
                  <tr key={`${b.channel}-${b.start}`}>
                    <td>{b.channel}</td>
                    <td>{t(`listingState.${b.state}`)}</td>
                    <td>{formatOutletTime(b.start, page.outlet.timeZone, false, locale)}</td>
                    <td>{formatOutletTime(b.end, page.outlet.timeZone, false, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </details>
    </>
  );
}
