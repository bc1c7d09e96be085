const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer cents for display, e.g. 1899 → "€18.99". */
export function formatCents(cents: number, currency = "EUR"): string {
  let fmt = formatters.get(currency);
  if (!fmt) {
    fmt = new Intl.NumberFormat("en-IE", { style: "currency", currency });
    formatters.set(currency, fmt);
  }
  return fmt.format(cents / 100);
}
