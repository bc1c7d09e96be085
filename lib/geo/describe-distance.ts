// Distances in the reader's notation: "450 m", "1.2 km" ("1,2 km" in Dutch), rounded to what the
// restaurant cards need. The driver's distance on the order page is rounded coarser and worded
// by the page (round-distance.ts).
import { FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";
import { roundToUnit } from "./round-distance";

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
  const rounded = roundToUnit(meters, step);
  return rounded.unit === "m" ? unitFormat(locale, "meter").format(rounded.meters) : unitFormat(locale, "kilometer").format(rounded.km);
}
