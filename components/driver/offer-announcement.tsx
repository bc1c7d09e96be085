"use client";
// The offer countdown for screen readers: announced when the offer arrives and then only at
// coarse steps (30, 20, 10 s left, expired), never every second as the visible clock ticks.
// Lives beside the offer card, not in it, so the region exists before the offer's words arrive.
import { useLocale, useTranslations } from "next-intl";
import type { Offer } from "@/lib/dispatch/views";
import { secondsUntil } from "@/lib/time/countdown";
import { useClock } from "@/components/kitchen/use-clock";
import { LiveAnnouncement } from "@/components/live-announcement";
import { offerAnnouncement } from "./offer-announcement-text";

export function OfferAnnouncement({ offer }: { offer: Offer | null }) {
  const t = useTranslations("driver.announcement");
  const locale = useLocale();
  const now = useClock();
  const announcement = offer ? offerAnnouncement(offer, now === null ? null : secondsUntil(offer.expiresAt, now), locale) : null;
  return <LiveAnnouncement text={announcement ? t(announcement.key, announcement.values) : ""} testId="offer-announcement" />;
}
