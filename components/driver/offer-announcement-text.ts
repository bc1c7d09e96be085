// What the driver's screen reader hears about an offer (./offer-announcement.tsx): the news, then
// the time left only at coarse steps, so the text (and so the announcement) changes a few times
// per offer instead of every second.
import type { Offer } from "@/lib/dispatch/views";
import { formatCents } from "@/lib/money";

/** The steps the countdown is spoken at, in seconds left. */
const STEPS = [30, 20, 10];

export function offerAnnouncement(offer: Offer, left: number | null): string {
  const news = `New delivery offer: ${formatCents(offer.payoutCents)}, pick up at ${offer.restaurant.name}.`;
  if (left === null) return news;
  if (left === 0) return "The delivery offer expired.";
  // The smallest step at or above what is left: 27 s left reads "about 30 seconds".
  const step = STEPS.findLast((s) => left <= s);
  return step === undefined ? news : `${news} About ${step} seconds left to accept.`;
}
