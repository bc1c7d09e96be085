// Distances as a person says them: "about 450 m", "about 1.2 km", "less than 100 m" ("ongeveer
// 1,2 km" in Dutch). Rounded, because a driver's GPS fix is only so precise and the number
// changes every few seconds.
import { translatorFor } from "@/lib/i18n/create-translator";
import { DEFAULT_LOCALE, FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";

const formatters = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: Locale, unit: "meter" | "kilometer"): Intl.NumberFormat {
  const key = `${locale}:${unit}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    const digits = unit === "kilometer" ? 1 : 0;
    fmt = new Intl.NumberFormat(FORMAT_TAGS[locale], { style: "unit", unit, unitDisplay: "short", minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, fmt);
  }
  return fmt;
}

/** A distance rounded to `step` metres below a kilometre and to 100 m above, e.g. "450 m", "1.2 km". */
export function formatDistance(meters: number, locale: Locale, step = 10): string {
  const rounded = Math.round(meters / step) * step;
  if (rounded < 1000) return unitFormat(locale, "meter").format(rounded);
  return unitFormat(locale, "kilometer").format(Math.round(meters / 100) / 10);
}

export function describeDistance(meters: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "common");
  if (!Number.isFinite(meters) || meters < 100) return t("distance.under", { distance: formatDistance(100, locale) });
  return t("distance.about", { distance: formatDistance(meters, locale, 50) });
}
