// An outlet of the test's own (support/own-outlet.ts) with a menu that has choices: a pizza
// with a required size and up to three extras, a burger with doneness and an optional side,
// a drink without choices, and a table with a tablet. Written straight into the e2e stack's
// database, so an 86 or an order in one test is seen by that test alone.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createOwnOutlet } from "./own-outlet";

interface OptionSpec {
  name: string;
  priceDeltaCents: number;
  isDefault?: boolean;
  allergens?: string[];
}

export interface OptionOutlet {
  id: string;
  name: string;
  tableNumber: string;
  tableToken: string;
  /** Option ids by option name. */
  options: Record<string, string>;
}

export async function createOptionOutlet(prefix: string): Promise<OptionOutlet> {
  const outlet = await createOwnOutlet(prefix);
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!, 1);
  const options: Record<string, string> = {};
  try {
    const group = async (name: string, minSelect: number, maxSelect: number, specs: OptionSpec[]) =>
      db.optionGroup.create({
        data: {
          restaurantId: outlet.id,
          name,
          minSelect,
          maxSelect,
          options: { create: specs.map((o, position) => ({ ...o, position, restaurantId: outlet.id })) },
        },
        select: { id: true, options: { select: { id: true, name: true } } },
      });
    const size = await group("Size", 1, 1, [
      { name: "Small 25 cm", priceDeltaCents: -200 },
      { name: "Medium 30 cm", priceDeltaCents: 0, isDefault: true },
      { name: "Large 35 cm", priceDeltaCents: 300 },
    ]);
    const extras = await group("Extras", 0, 3, [
      { name: "Extra mozzarella", priceDeltaCents: 150, allergens: ["milk"] },
      { name: "Olives", priceDeltaCents: 100 },
      { name: "Rocket", priceDeltaCents: 120 },
      { name: "Anchovies", priceDeltaCents: 180, allergens: ["fish"] },
    ]);
    const doneness = await group("Doneness", 1, 1, [
      { name: "Medium", priceDeltaCents: 0, isDefault: true },
      { name: "Well done", priceDeltaCents: 0 },
    ]);
    const sides = await group("Side", 0, 1, [
      { name: "Fries", priceDeltaCents: 250 },
      { name: "Side salad", priceDeltaCents: 200, allergens: ["mustard"] },
    ]);
    for (const g of [size, extras, doneness, sides]) for (const o of g.options) options[o.name] = o.id;

    const pizza = await db.foodItem.findFirstOrThrow({ where: { restaurantId: outlet.id, name: "Margherita" }, select: { id: true } });
    await db.foodItem.update({ where: { id: pizza.id }, data: { allergens: ["gluten", "milk"], optionGroups: { create: [{ groupId: size.id, position: 0 }, { groupId: extras.id, position: 1 }] } } });
    await db.foodItem.create({
      data: {
        restaurantId: outlet.id,
        name: "Smash Burger",
        priceCents: 1250,
        allergens: ["gluten", "eggs"],
        mayContain: ["sesame"],
        inventory: { create: { restaurantId: outlet.id, quantity: null } },
        optionGroups: { create: [{ groupId: doneness.id, position: 0 }, { groupId: sides.id, position: 1 }] },
      },
    });
    await db.foodItem.create({ data: { restaurantId: outlet.id, name: "Cola", priceCents: 300, inventory: { create: { restaurantId: outlet.id, quantity: null } } } });
    const table = await db.diningTable.create({ data: { restaurantId: outlet.id, number: "O1", token: `e2e-options-${randomUUID()}` }, select: { number: true, token: true } });
    return { ...outlet, tableNumber: table.number, tableToken: table.token, options };
  } finally {
    await db.$disconnect();
  }
}
