// What the live regions say (issue 15): a driver's offer at coarse steps only, the kitchen's
// new orders by table or first name.
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import type { Offer } from "@/lib/dispatch/views";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import { offerAnnouncement } from "@/components/driver/offer-announcement-text";
import { newOrderAnnouncement } from "@/components/kitchen/new-order-announcement";
import { translatorFor } from "@/lib/i18n/create-translator";
import type { Locale } from "@/lib/i18n/locales";

const offer = { payoutCents: 675, restaurant: { name: "Forno Rosso Centrum" } } as Offer;

/** What the screen reader says with `left` seconds to go, in `locale`. */
function offerSpoken(left: number | null, locale: Locale = "en"): string {
  const { key, values } = offerAnnouncement(offer, left, locale);
  return translatorFor(locale, "driver")(`announcement.${key}`, values);
}

describe("the offer countdown announcement", () => {
  it("changes only at 30, 20 and 10 seconds left and at expiry, not with every second", () => {
    const spoken = new Set(Array.from({ length: 61 }, (_, i) => offerSpoken(60 - i)));
    expect([...spoken]).toEqual([
      "New delivery offer: €6.75, pick up at Forno Rosso Centrum.",
      "New delivery offer: €6.75, pick up at Forno Rosso Centrum. About 30 seconds left to accept.",
      "New delivery offer: €6.75, pick up at Forno Rosso Centrum. About 20 seconds left to accept.",
      "New delivery offer: €6.75, pick up at Forno Rosso Centrum. About 10 seconds left to accept.",
      "The delivery offer expired.",
    ]);
    expect(offerSpoken(null)).toBe("New delivery offer: €6.75, pick up at Forno Rosso Centrum.");
  });

  it("speaks Dutch with Dutch money", () => {
    expect(offerSpoken(25, "nl")).toMatch(/^Nieuwe bezorging aangeboden: €\s6,75, ophalen bij Forno Rosso Centrum\. Nog ongeveer 30 seconden om te accepteren\.$/);
  });
});

describe("the kitchen's new-order announcement", () => {
  const order = (id: string, tableNumber: string | null, customerName: string | null, quantities: number[]) =>
    ({ id, tableNumber, customerName, items: quantities.map((quantity) => ({ quantity })) }) as unknown as KitchenOrder;

  const english = createTranslator({ locale: "en", messages: CATALOGUES.en, namespace: "kitchen.announcement" });
  const dutch = createTranslator({ locale: "nl", messages: CATALOGUES.nl, namespace: "kitchen.announcement" });

  it("is silent without new orders and names each one by table, first name or number", () => {
    expect(newOrderAnnouncement([], english)).toBe("");
    expect(newOrderAnnouncement([order("a1b2c3d4-0000", "T4", null, [1])], english)).toBe("New order: table T4, 1 item");
    expect(newOrderAnnouncement([order("a1", null, "Kees", [2, 1]), order("b2c3d4e5-1111", null, null, [1])], english)).toBe(
      "2 new orders: for Kees, 3 items; #b2c3d4e5, 1 item",
    );
  });

  it("speaks the screen's language, plurals included", () => {
    expect(newOrderAnnouncement([order("a1", "T4", null, [1])], dutch)).toBe("Nieuwe bestelling: tafel T4, 1 gerecht");
    expect(newOrderAnnouncement([order("a1", "T4", null, [2]), order("b2", null, "Kees", [1])], dutch)).toBe(
      "2 nieuwe bestellingen: tafel T4, 2 gerechten; voor Kees, 1 gerecht",
    );
  });
});
