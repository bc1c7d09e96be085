import { describe, expect, it } from "vitest";
import { priceOrder } from "@/lib/orders/price-order";

describe("priceOrder", () => {
  it("adds delivery and service fees and the tip to the food, in integer cents", () => {
    const totals = priceOrder({
      lines: [
        { unitPriceCents: 1250, quantity: 2 },
        { unitPriceCents: 399, quantity: 1 },
      ],
      delivery: true,
      deliveryFeeCents: 249,
      tipCents: 150,
    });
    expect(totals).toEqual({
      subtotalCents: 2899,
      deliveryFeeCents: 249,
      serviceFeeCents: 58, // 2 % of 28.99
      taxCents: 239, // 9 % VAT inside 28.99
      tipCents: 150,
      totalCents: 2899 + 249 + 58 + 150,
    });
  });

  it("bounds the service fee", () => {
    expect(priceOrder({ lines: [{ unitPriceCents: 500, quantity: 1 }], delivery: true, deliveryFeeCents: 0, tipCents: 0 }).serviceFeeCents).toBe(49);
    expect(priceOrder({ lines: [{ unitPriceCents: 50000, quantity: 1 }], delivery: true, deliveryFeeCents: 0, tipCents: 0 }).serviceFeeCents).toBe(299);
  });

  it("charges dine-in orders the food only", () => {
    const totals = priceOrder({ lines: [{ unitPriceCents: 1899, quantity: 2 }], delivery: false, deliveryFeeCents: 249, tipCents: 0 });
    expect(totals.totalCents).toBe(3798);
    expect(totals.deliveryFeeCents + totals.serviceFeeCents).toBe(0);
  });
});
