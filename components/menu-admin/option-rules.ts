// The words staff and customers read for a group's min/max, and price deltas as staff type
// and read them. Pure, so the editor's preview and its tests agree.
import { formatCents } from "@/lib/money";
import { FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";
import { MENU_CURRENCY, type MenuAdminT } from "./menu-editor-keys";

/** The most choices the group form offers for "at least" and "at most". */
export const MAX_CHOICES = 20;

/** "Required, choose 1", "Required, choose 1 to 3", "Optional, up to 5". */
export function describeRule(t: MenuAdminT, minSelect: number, maxSelect: number): string {
  if (minSelect === 0) return t("rule.optional", { max: maxSelect });
  if (minSelect === maxSelect) return t("rule.exactly", { count: minSelect });
  return t("rule.range", { min: minSelect, max: maxSelect });
}

/**
 * A price change in euros as staff type it ("1.50", "+1,5", "-2", "−0.50", "0") to integer
 * cents, without floating-point arithmetic; null when it is not a price.
 */
export function parseDeltaEuros(text: string): number | null {
  const match = /^([+\-−]?)\s*€?\s*(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? "0").padEnd(2, "0"));
  return match[1] === "-" || match[1] === "−" ? -cents : cents;
}

/** Cents back to what a price field shows, in the reader's notation (both are read back): 150 → "1.50" (en), "1,50" (nl); -50 → "-0.50". */
export function centsToField(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(FORMAT_TAGS[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}

/** A delta as read on a menu: "+€1.50", "−€2.00" (a real minus sign), "no extra charge". */
export function formatDelta(t: MenuAdminT, cents: number, locale: Locale): string {
  if (cents === 0) return t("option.noCharge");
  return `${cents < 0 ? "−" : "+"}${formatCents(Math.abs(cents), MENU_CURRENCY, locale)}`;
}
