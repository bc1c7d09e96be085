// The shape of the hand-written demo catalog. Menus are written as short item lines under
// a category that sets the usual kind and prep time, so a 30-item menu stays readable.
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { WeeklyPeriod } from "@/lib/catalog/opening-hours";
import type { Allergen } from "@/lib/menu/allergens";

export type Tag = "vegetarian" | "vegan" | "spicy" | "gluten-free" | "halal";

/** [name, price delta in cents (may be negative), default, allergens, dietary tags it voids] */
export type OptionLine = readonly [name: string, priceDeltaCents: number, extra?: { isDefault?: boolean; allergens?: readonly Allergen[]; voidsDiet?: readonly Tag[] }];

/** A choice on dishes ("Size": exactly 1). One group per outlet per name, shared by every dish that offers it. */
export interface OptionGroupSpec {
  name: string;
  minSelect: number;
  maxSelect: number;
  options: readonly OptionLine[];
}

export interface ItemOptions {
  kind?: ItemKind;
  prepMinutes?: number;
  /** false: "86'd" at seed time, to show how the menu renders a sold-out dish. */
  inStock?: boolean;
  /** Groups offered on this dish, shown before its category's. */
  groups?: readonly OptionGroupSpec[];
  /** Allergens beyond those its words give away (see allergen-words.ts), and traces. */
  allergens?: readonly Allergen[];
  mayContain?: readonly Allergen[];
}

/** [name, price in cents, description, tags, per-item overrides of the category defaults] */
export type ItemLine = readonly [name: string, priceCents: number, description: string, tags?: readonly Tag[], options?: ItemOptions];

export interface CategorySpec {
  name: string;
  kind: ItemKind;
  prepMinutes: number;
  items: readonly ItemLine[];
  /** Groups offered on every dish of the category (optional ones only: existing journeys add these dishes without choosing). */
  groups?: readonly OptionGroupSpec[];
  /** Allergens every dish of the category has (a pizza base: gluten), unless tagged gluten-free. */
  allergens?: readonly Allergen[];
}

export type MenuSpec = readonly CategorySpec[];

export interface ExceptionSpec {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  closed: boolean;
  opensMinute?: number;
  closesMinute?: number;
  note: string;
}

/** Where and when one kitchen trades. */
export interface OutletSpec {
  name: string;
  address: string;
  lat: number;
  lng: number;
  hours: readonly WeeklyPeriod[];
  exceptions?: readonly ExceptionSpec[];
  /** Gets tablets on tables T1..T12. */
  tables?: boolean;
}

/** What a brand sells and charges, the same for every outlet of a chain. */
export interface BrandSpec {
  description: string;
  cuisines: readonly string[];
  priceLevel: 1 | 2 | 3 | 4;
  deliveryFeeCents: number;
  minOrderCents: number;
  avgPrepMinutes: number;
  menu: MenuSpec;
}

export interface ChainSpec extends BrandSpec {
  name: string;
  slug: string;
  outlets: readonly OutletSpec[];
}

export type IndependentSpec = BrandSpec & OutletSpec;
