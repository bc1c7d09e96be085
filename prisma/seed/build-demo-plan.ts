// Turns the hand-written catalog into the exact content the demo seed writes. Every number
// that looks random (ratings, stock, driver positions) comes from a generator seeded by a
// name, so this is a pure function: the same plan on every run and every machine.
import { createHmac } from "node:crypto";
import type { ItemKind, Vehicle } from "@/lib/generated/prisma/enums";
import type { WeeklyPeriod } from "@/lib/catalog/opening-hours";
import { encodeGeohash } from "@/lib/geo/geohash";
import { DEMO_ACCOUNTS, DEMO_TABLE_TOKEN } from "./demo-accounts";
import { createRandom, floatBetween, intBetween, pick, seedFrom, type Random } from "./random";
import type { BrandSpec, ExceptionSpec, MenuSpec, OptionGroupSpec, OutletSpec } from "./catalog/types";
import { allergensOf } from "./catalog/allergen-words";
import { CHAINS, DEMO_CHAIN_SLUG, DEMO_STAFF_OUTLET } from "./catalog/chains";
import { INDEPENDENTS } from "./catalog/independents";
import { AMSTERDAM_BOUNDS, DRIVER_FIRST_NAMES, DRIVER_LAST_NAMES, EXTRA_DRIVERS, VEHICLE_WEIGHTS } from "./catalog/people";
import { CHAIN_CHANNEL_CODES, INDEPENDENT_CHANNEL_CODES } from "./catalog/channels";

export interface PlannedItem {
  name: string;
  description: string;
  priceCents: number;
  tags: string[];
  kind: ItemKind;
  prepMinutes: number;
  inStock: boolean;
  position: number;
  quantity: number | null;
  maxQuantity: number | null;
  allergens: string[];
  mayContain: string[];
  /** Indexes into the restaurant's optionGroups, in the order the dish shows them. */
  groups: number[];
}

export interface PlannedOptionGroup {
  name: string;
  minSelect: number;
  maxSelect: number;
  position: number;
  options: { name: string; priceDeltaCents: number; isDefault: boolean; position: number; allergens: string[]; voidsDiet: string[] }[];
}

export interface PlannedRestaurant {
  chainSlug: string | null;
  name: string;
  description: string;
  cuisines: string[];
  dietaryTags: string[];
  priceLevel: number;
  rating: number;
  ratingCount: number;
  lat: number;
  lng: number;
  geoKey: string;
  address: string;
  city: string;
  timeZone: string;
  deliveryFeeCents: number;
  minOrderCents: number;
  avgPrepMinutes: number;
  periods: WeeklyPeriod[];
  exceptions: ExceptionSpec[];
  categories: { name: string; position: number; items: PlannedItem[] }[];
  optionGroups: PlannedOptionGroup[];
  tables: { number: string; token: string; seats: number }[];
  channelCodes: string[];
}

export interface PlannedDriver {
  email: string;
  name: string;
  vehicle: Vehicle;
  lastLat: number;
  lastLng: number;
  rating: number;
}

export interface DemoPlan {
  chains: { name: string; slug: string }[];
  restaurants: PlannedRestaurant[];
  drivers: PlannedDriver[];
  /** The outlet the demo staff member works at, and the chain the demo chain admin runs. */
  staffOutlet: string;
  adminChainSlug: string;
}

/** A restaurant advertises a diet when it offers a real choice: this share of its menu. */
const DIET_MIN_SHARE = 0.2;
const DIETS = ["vegetarian", "vegan", "gluten-free", "halal"] as const;
const TABLES_PER_RESTAURANT = 12;
const TABLE_TOKEN_SALT = "swifteats-demo-table-tokens";

/** Prepared food starts part-way through its shelf; made-to-order dishes are mostly
 *  untracked, some with a per-service kitchen capacity. Nothing starts at zero. */
function initialStock(kind: ItemKind, random: Random): { quantity: number | null; maxQuantity: number | null } {
  if (kind === "PREPARED") {
    const maxQuantity = pick(random, [40, 50, 60]);
    return { quantity: intBetween(random, 20, maxQuantity), maxQuantity };
  }
  return random() < 0.3 ? { quantity: 100, maxQuantity: 100 } : { quantity: null, maxQuantity: null };
}

/** The outlet's groups, one per spec however many dishes offer it, in order of first use. */
function groupRegistry() {
  const specs: OptionGroupSpec[] = [];
  const indexOf = (spec: OptionGroupSpec) => (specs.includes(spec) ? specs.indexOf(spec) : specs.push(spec) - 1);
  const planned = (): PlannedOptionGroup[] =>
    specs.map((spec, position) => ({
      name: spec.name,
      minSelect: spec.minSelect,
      maxSelect: spec.maxSelect,
      position,
      options: spec.options.map(([name, priceDeltaCents, extra = {}], optionPosition) => ({
        name,
        priceDeltaCents,
        isDefault: extra.isDefault ?? false,
        position: optionPosition,
        allergens: [...(extra.allergens ?? [])].sort(),
        voidsDiet: [...(extra.voidsDiet ?? [])],
      })),
    }));
  return { indexOf, planned };
}

function planMenu(menu: MenuSpec, random: Random): Pick<PlannedRestaurant, "categories" | "optionGroups"> {
  const groups = groupRegistry();
  const categories = menu.map((category, position) => ({
    name: category.name,
    position,
    items: category.items.map(([name, priceCents, description, tags = [], options = {}], itemPosition) => {
      const kind = options.kind ?? category.kind;
      return {
        name,
        description,
        priceCents,
        tags: [...tags],
        kind,
        prepMinutes: options.prepMinutes ?? category.prepMinutes,
        inStock: options.inStock ?? true,
        position: itemPosition,
        ...initialStock(kind, random),
        allergens: allergensOf({ name, description, tags }, category.allergens, options.allergens),
        mayContain: [...(options.mayContain ?? [])],
        groups: [...(options.groups ?? []), ...(category.groups ?? [])].map(groups.indexOf),
      };
    }),
  }));
  return { categories, optionGroups: groups.planned() };
}

function dietaryTags(categories: PlannedRestaurant["categories"]): string[] {
  const items = categories.flatMap((c) => c.items);
  // Vegan dishes suit vegetarians too.
  const fits = (item: PlannedItem, diet: string) => item.tags.includes(diet) || (diet === "vegetarian" && item.tags.includes("vegan"));
  return DIETS.filter((diet) => items.filter((item) => fits(item, diet)).length >= DIET_MIN_SHARE * items.length);
}

/** Secret-looking but reproducible table tokens: re-seeding prints the same QR codes. */
function tableToken(restaurantName: string, tableNumber: string): string {
  return createHmac("sha256", TABLE_TOKEN_SALT).update(`${restaurantName}#${tableNumber}`).digest("base64url").slice(0, 32);
}

function planTables(restaurantName: string): PlannedRestaurant["tables"] {
  return Array.from({ length: TABLES_PER_RESTAURANT }, (_, i) => {
    const number = `T${i + 1}`;
    const token = restaurantName === DEMO_STAFF_OUTLET && number === "T1" ? DEMO_TABLE_TOKEN : tableToken(restaurantName, number);
    return { number, token, seats: i < 4 ? 2 : i < 10 ? 4 : 6 };
  });
}

function planRestaurant(brand: BrandSpec, outlet: OutletSpec, chainSlug: string | null): PlannedRestaurant {
  const random = createRandom(seedFrom(outlet.name));
  const rating = floatBetween(random, 3.6, 4.9, 1);
  const ratingCount = intBetween(random, 40, 2400);
  const { categories, optionGroups } = planMenu(brand.menu, random);
  return {
    chainSlug,
    name: outlet.name,
    description: brand.description,
    cuisines: [...brand.cuisines],
    dietaryTags: dietaryTags(categories),
    priceLevel: brand.priceLevel,
    rating,
    ratingCount,
    lat: outlet.lat,
    lng: outlet.lng,
    geoKey: encodeGeohash(outlet.lat, outlet.lng, 5),
    address: outlet.address,
    city: "Amsterdam",
    timeZone: "Europe/Amsterdam",
    deliveryFeeCents: brand.deliveryFeeCents,
    minOrderCents: brand.minOrderCents,
    avgPrepMinutes: brand.avgPrepMinutes,
    periods: [...outlet.hours],
    exceptions: [...(outlet.exceptions ?? [])],
    categories,
    optionGroups,
    tables: outlet.tables ? planTables(outlet.name) : [],
    channelCodes: chainSlug ? [...CHAIN_CHANNEL_CODES] : [...INDEPENDENT_CHANNEL_CODES],
  };
}

function pickVehicle(random: Random): Vehicle {
  let roll = random();
  for (const { vehicle, weight } of VEHICLE_WEIGHTS) {
    if ((roll -= weight) < 0) return vehicle;
  }
  return "BICYCLE";
}

/** Distinct names, so dispatch screens never show two drivers who look alike. */
function uniqueName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = `${pick(random, DRIVER_FIRST_NAMES)} ${pick(random, DRIVER_LAST_NAMES)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function planDrivers(): PlannedDriver[] {
  const random = createRandom(seedFrom("drivers"));
  const demoDriver = DEMO_ACCOUNTS.find((a) => a.role === "DRIVER")!;
  const taken = new Set([demoDriver.name]);
  const { minLat, maxLat, minLng, maxLng } = AMSTERDAM_BOUNDS;
  return Array.from({ length: EXTRA_DRIVERS + 1 }, (_, i) => ({
    email: i === 0 ? demoDriver.email : `driver${i}@swifteats.test`,
    name: i === 0 ? demoDriver.name : uniqueName(random, taken),
    vehicle: pickVehicle(random),
    lastLat: floatBetween(random, minLat, maxLat, 5),
    lastLng: floatBetween(random, minLng, maxLng, 5),
    rating: floatBetween(random, 4.3, 5, 1),
  }));
}

export function buildDemoPlan(): DemoPlan {
  return {
    chains: CHAINS.map(({ name, slug }) => ({ name, slug })),
    restaurants: [
      ...CHAINS.flatMap((chain) => chain.outlets.map((outlet) => planRestaurant(chain, outlet, chain.slug))),
      ...INDEPENDENTS.map((independent) => planRestaurant(independent, independent, null)),
    ],
    drivers: planDrivers(),
    staffOutlet: DEMO_STAFF_OUTLET,
    adminChainSlug: DEMO_CHAIN_SLUG,
  };
}
