// Order totals, computed on the server only (whatever the client shows is ignored).
// Menu prices include VAT, as Dutch consumer prices must: `taxCents` is the VAT inside
// the food subtotal, shown on the receipt, not added on top.

export const FOOD_VAT_RATE_PERCENT = 9;
/** Marketplace service fee: 2 % of the food, at least €0.49 and at most €2.99. */
export const SERVICE_FEE = { percent: 2, minCents: 49, maxCents: 299 };

export interface PricedLine {
  unitPriceCents: number;
  quantity: number;
}

export interface OrderTotals {
  subtotalCents: number;
  deliveryFeeCents: number;
  serviceFeeCents: number;
  taxCents: number;
  tipCents: number;
  totalCents: number;
}

export function priceOrder(input: {
  lines: PricedLine[];
  /** Delivery orders pay the outlet's delivery fee and the service fee; dine-in orders neither. */
  delivery: boolean;
  deliveryFeeCents: number;
  tipCents: number;
}): OrderTotals {
  const subtotalCents = input.lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  const deliveryFeeCents = input.delivery ? input.deliveryFeeCents : 0;
  const serviceFeeCents = input.delivery
    ? Math.min(SERVICE_FEE.maxCents, Math.max(SERVICE_FEE.minCents, Math.round((subtotalCents * SERVICE_FEE.percent) / 100)))
    : 0;
  const taxCents = Math.round((subtotalCents * FOOD_VAT_RATE_PERCENT) / (100 + FOOD_VAT_RATE_PERCENT));
  const totalCents = subtotalCents + deliveryFeeCents + serviceFeeCents + input.tipCents;
  return { subtotalCents, deliveryFeeCents, serviceFeeCents, taxCents, tipCents: input.tipCents, totalCents };
}
