// What the driver's screen reader hears about an offer (./offer-announcement.tsx): the news, then
// the time left only at coarse steps, so the text (and so the announcement) changes a few times
// per offer instead of every second. A catalogue key (driver.announcement.*) and its arguments.
import type { Offer } from "@/lib/dispatch/views";
import type { Locale } from "@/lib/i18n/locales";
import { formatCents } from "@/lib/money";

/** The steps the countdown is spoken at, in seconds left. */
const STEPS = [30, 20, 10];

export type OfferAnnouncement =
  | { key: "news"; values: { payout: string; restaurant: string } }
  | { key: "newsWithSeconds"; values: { payout: string; restaurant: string; seconds: number } }
  | { key: "expired"; values?: undefined };

export function offerAnnouncement(offer: Offer, left: number | null, locale: Locale): OfferAnnouncement {
  const news = { payout: formatCents(offer.payoutCents, undefined, locale), restaurant: offer.restaurant.name };
  if (left === 0) return { key: "expired" };
  // The smallest step at or above what is left: 27 s left reads "about 30 seconds".
  const step = left === null ? undefined : STEPS.findLast((s) => left <= s);
  return step === undefined ? { key: "news", values: news } : { key: "newsWithSeconds", values: { ...news, seconds: step } };
}
