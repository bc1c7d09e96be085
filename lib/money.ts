import { DEFAULT_LOCALE, FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer cents for display in the reader's language, e.g. 1899 → "€18.99" (en), "€ 18,99" (nl). */
export function formatCents(cents: number, currency = "EUR", locale: Locale = DEFAULT_LOCALE): string {
  const key = `${locale}:${currency}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(FORMAT_TAGS[locale], { style: "currency", currency });
    formatters.set(key, fmt);
  }
  return fmt.format(cents / 100);
}
