// One poll of a partner channel's status feed: every listing of the channel gets an
// observation. A feed that times out, answers an error or garbage makes every listing
// UNKNOWN (recorded, never thrown: one bad partner must not stop the worker); an outlet
// missing from a good feed is OFFLINE there (delisted). `pollId` makes a retried poll
// job record nothing twice.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { ListingState } from "@/lib/generated/prisma/enums";
import { partnerFeedSchema, type PartnerFeedOutlet } from "@/lib/monitoring/partner-feed-format";
import { recordObservation } from "@/lib/monitoring/record-observation";

/** Where a channel's feed is: its own feedUrl, else the simulated feed for PARTNER channels. */
export function feedUrlOf(channel: { code: string; kind: string; feedUrl: string | null }): string | null {
  if (channel.feedUrl) return channel.feedUrl;
  if (channel.kind === "PARTNER" && env.PARTNER_FEED_URL) return `${env.PARTNER_FEED_URL.replace(/\/$/, "")}/feeds/${channel.code}`;
  return null;
}

async function fetchFeed(url: string): Promise<{ outlets: PartnerFeedOutlet[] } | { error: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(env.MONITORING_FEED_TIMEOUT_MS), headers: { accept: "application/json" } });
    if (!res.ok) return { error: `feed answered ${res.status}` };
    const parsed = partnerFeedSchema.safeParse(await res.json());
    return parsed.success ? { outlets: parsed.data.outlets } : { error: "feed is not in the expected format" };
  } catch (error) {
    return { error: error instanceof Error && error.name === "TimeoutError" ? "feed timed out" : `feed unreachable: ${String(error)}`.slice(0, 300) };
  }
}

const RECORD_CONCURRENCY = 8;

export interface PollResult {
  listings: number;
  changed: number;
  error: string | null;
}

export async function pollPartnerFeed(channelId: string, pollId: string, now = new Date()): Promise<PollResult> {
  const channel = await prisma.salesChannel.findUniqueOrThrow({ where: { id: channelId }, select: { code: true, kind: true, feedUrl: true } });
  const url = feedUrlOf(channel);
  if (!url) return { listings: 0, changed: 0, error: "no feed" };
  const [feed, listings] = await Promise.all([
    fetchFeed(url),
    prisma.listing.findMany({ where: { channelId }, select: { id: true, restaurantId: true, externalId: true } }),
  ]);
  const byExternal = new Map<string, PartnerFeedOutlet>();
  const byRestaurant = new Map<string, PartnerFeedOutlet>();
  if ("outlets" in feed) {
    for (const o of feed.outlets) {
      if (o.externalId) byExternal.set(o.externalId, o);
      if (o.restaurantId) byRestaurant.set(o.restaurantId, o);
    }
  }

  let changed = 0;
  const observe = async (listing: (typeof listings)[number]) => {
    let state: ListingState;
    let details: Record<string, unknown>;
    let orderableItemIds: string[] | undefined;
    if ("error" in feed) {
      [state, details] = ["UNKNOWN", { error: feed.error }];
    } else {
      const entry = (listing.externalId && byExternal.get(listing.externalId)) || byRestaurant.get(listing.restaurantId);
      if (!entry) [state, details] = ["OFFLINE", { missingFromFeed: true }];
      else if (entry.error || !entry.state) [state, details] = ["UNKNOWN", { error: entry.error ?? "no state" }];
      else [state, details, orderableItemIds] = [entry.state, {}, entry.orderableItemIds];
    }
    const outcome = await recordObservation({ listingId: listing.id, source: "FEED", sourceEventId: `feed:${pollId}`, state, observedAt: now, details, orderableItemIds });
    if (outcome.status === "applied" && outcome.changed) changed++;
  };
  // A few listings at a time: each is its own small transaction.
  for (let i = 0; i < listings.length; i += RECORD_CONCURRENCY) {
    await Promise.all(listings.slice(i, i + RECORD_CONCURRENCY).map(observe));
  }
  return { listings: listings.length, changed, error: "error" in feed ? feed.error : null };
}
