import { DEFAULT_LOCALE, FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";

/**
 * A time as the outlet's clock shows it, in the reader's language. Explicit locale and zone: the
 * server render and the browser agree (no hydration mismatch), and staff read their own
 * kitchen's time.
 */
export function formatOutletTime(iso: string, timeZone: string, withDate = false, locale: Locale = DEFAULT_LOCALE): string {
  return new Date(iso).toLocaleString(FORMAT_TAGS[locale], {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    ...(withDate && { day: "numeric", month: "short" }),
  });
}
