// The cold drinks nearly every Amsterdam delivery kitchen stocks, plus each menu's own extras.
import type { CategorySpec, ItemLine } from "../types";
import { DRINK_EXTRAS } from "../option-groups";

const SODAS: readonly ItemLine[] = [
  ["Coca-Cola 330 ml", 295, "Chilled can."],
  ["Coca-Cola Zero 330 ml", 295, "Chilled can, no sugar."],
  ["Fanta Orange 330 ml", 295, "Chilled can."],
  ["Spa Blauw 500 ml", 275, "Still mineral water."],
  ["Spa Rood 500 ml", 275, "Sparkling mineral water."],
];

/** Drinks are on the shelf (PREPARED): they count down as orders take them. */
export function drinks(...extra: ItemLine[]): CategorySpec {
  return { name: "Drinks", kind: "PREPARED", prepMinutes: 1, groups: [DRINK_EXTRAS], items: [...SODAS, ...extra] };
}
