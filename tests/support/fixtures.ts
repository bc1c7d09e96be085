// Small factories for integration tests: real rows in the file's own database.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { OutletStatus, Role } from "@/lib/generated/prisma/enums";

export async function createChain(name = "Test Chain") {
  return prisma.chain.create({ data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}` } });
}

export async function createRestaurant(data: { chainId?: string; name?: string } = {}) {
  return prisma.restaurant.create({
    data: {
      name: data.name ?? "Test Kitchen",
      chainId: data.chainId,
      lat: 52.37,
      lng: 4.89,
      geoKey: "u173z",
      address: "Damrak 1",
      city: "Amsterdam",
      timeZone: "Europe/Amsterdam",
    },
  });
}

/** A user of the given role, returned as the Actor domain functions take. */
export async function createActor(role: Role, extra: { chainId?: string; restaurantIds?: string[] } = {}): Promise<Actor> {
  const user = await prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@example.test`,
      name: `Test ${role}`,
      passwordHash: "not-used",
      role,
      chainId: extra.chainId,
      staffOf: extra.restaurantIds ? { create: extra.restaurantIds.map((restaurantId) => ({ restaurantId })) } : undefined,
    },
  });
  if (role === "DRIVER") await prisma.driver.create({ data: { userId: user.id } });
  return { userId: user.id, role: user.role, chainId: user.chainId, name: user.name, email: user.email };
}

/** A restaurant open around the clock (so tests never depend on the time of day). */
export async function createOpenRestaurant(data: { name?: string; chainId?: string } = {}) {
  const restaurant = await createRestaurant(data);
  await prisma.openingPeriod.createMany({
    data: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ restaurantId: restaurant.id, dayOfWeek, opensMinute: 0, closesMinute: 1440 })),
  });
  return restaurant;
}

/** A menu item; `quantity` null means untracked stock. */
export async function createItem(restaurantId: string, data: { name?: string; priceCents?: number; quantity?: number | null } = {}) {
  return prisma.foodItem.create({
    data: {
      restaurantId,
      name: data.name ?? "Margherita",
      priceCents: data.priceCents ?? 1250,
      inventory: { create: { restaurantId, quantity: data.quantity === undefined ? 100 : data.quantity } },
    },
  });
}

/** `count` customers at once, as Actors. */
export async function createCustomers(count: number): Promise<Actor[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `customer-${i}-${randomUUID()}@example.test`,
    name: `Customer ${i}`,
    passwordHash: "not-used",
    role: "CUSTOMER" as const,
  }));
  await prisma.user.createMany({ data: rows });
  return rows.map((r) => ({ userId: r.id, role: r.role, chainId: null, name: r.name, email: r.email }));
}

/** Degrees of latitude per meter (spherical Earth), to place restaurants at known distances. */
export const LAT_DEGREES_PER_METER = 1 / 111_195;

/** `at(north, east)`: the point that many meters north and east of `centre`. */
export function metersFrom(centre: { lat: number; lng: number }) {
  const lngDegreesPerMeter = LAT_DEGREES_PER_METER / Math.cos((centre.lat * Math.PI) / 180);
  return (northMeters: number, eastMeters: number) => ({ lat: centre.lat + northMeters * LAT_DEGREES_PER_METER, lng: centre.lng + eastMeters * lngDegreesPerMeter });
}

/** A deterministic spread (a linear congruential generator): the same fixtures every run. */
export function seededRandom(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** A restaurant for browse and search tests, open around the clock unless `periods` say otherwise. */
export async function createCatalogRestaurant(data: {
  lat: number;
  lng: number;
  name?: string;
  cuisines?: string[];
  dietaryTags?: string[];
  priceLevel?: number;
  rating?: number;
  avgPrepMinutes?: number;
  declaredStatus?: OutletStatus;
  periods?: { dayOfWeek: number; opensMinute: number; closesMinute: number }[];
  dishes?: string[];
}) {
  const restaurant = await prisma.restaurant.create({
    data: {
      name: data.name ?? "Catalog Kitchen",
      lat: data.lat,
      lng: data.lng,
      geoKey: "u173z",
      address: "Damrak 1",
      city: "Amsterdam",
      timeZone: "Europe/Amsterdam",
      cuisines: data.cuisines ?? [],
      dietaryTags: data.dietaryTags ?? [],
      priceLevel: data.priceLevel ?? 2,
      rating: data.rating ?? 4,
      avgPrepMinutes: data.avgPrepMinutes ?? 15,
      declaredStatus: data.declaredStatus ?? "OPEN",
    },
  });
  const periods = data.periods ?? [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, opensMinute: 0, closesMinute: 1440 }));
  await prisma.openingPeriod.createMany({ data: periods.map((p) => ({ ...p, restaurantId: restaurant.id })) });
  for (const name of data.dishes ?? []) await createItem(restaurant.id, { name });
  return restaurant;
}

/** A dining table with its tablet token. */
export async function createDiningTable(restaurantId: string, number = "T1") {
  return prisma.diningTable.create({ data: { restaurantId, number, token: `table-${randomUUID()}` } });
}

/** An order sent from a table tablet: PLACED, nothing paid online (the bill is settled at the table). */
export async function createTableOrder(table: { id: string; restaurantId: string }, itemId: string, quantity = 1) {
  // Imported here rather than at the top: helpers are appended to this shared file.
  const { createOrder } = await import("@/lib/orders/create-order");
  const { order } = await createOrder({
    restaurantId: table.restaurantId,
    owner: { tableId: table.id },
    channel: "TABLE",
    idempotencyKey: `tablet-${randomUUID()}`,
    lines: [{ itemId, quantity }],
    delivery: null,
    tipCents: 0,
    actor: { id: null, role: "TABLE" },
    paymentProvider: null,
  });
  return order;
}
