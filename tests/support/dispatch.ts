// Dispatch fixtures on real rows: an outlet with staff, paid web orders the kitchen accepted,
// and drivers online at known distances with a fresh position (ingested the way apps send it).
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Vehicle } from "@/lib/generated/prisma/enums";
import { placeOrder } from "@/lib/orders/place-order";
import { acceptOrder } from "@/lib/kitchen/accept-order";
import { setDriverOnline } from "@/lib/dispatch/set-driver-online";
import { ingestPosition } from "@/lib/tracking/ingest-position";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import { createActor, createCustomers, createItem, createOpenRestaurant, LAT_DEGREES_PER_METER } from "./fixtures";
import { createTestProvider, TEST_CARDS } from "./test-payments";

const { provider } = createTestProvider();

/** Every test gets its own spot on the map, so drivers of one test are never near another's outlet. */
let spot = 0;

export async function deliveryOutlet() {
  const restaurant = await createOpenRestaurant();
  // 50 km apart: farther than any dispatch radius.
  const lat = 40 + (spot++ % 20) * 0.5;
  const lng = -3 + Math.floor(Math.random() * 1000) * 0.01;
  await prisma.restaurant.update({ where: { id: restaurant.id }, data: { lat, lng } });
  const item = await createItem(restaurant.id, { quantity: null });
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant: { ...restaurant, lat, lng }, item, staff };
}

export type Outlet = Awaited<ReturnType<typeof deliveryOutlet>>;

/** A paid web order to an address ~1 km from the outlet, accepted by the kitchen. */
export async function acceptedOrder(outlet: Outlet, { prepMinutes = 1, customer, now = new Date() }: { prepMinutes?: number; customer?: Actor; now?: Date } = {}) {
  const buyer = customer ?? (await createCustomers(1))[0]!;
  const delivery = { address: "Customer street 1", lat: outlet.restaurant.lat + 1000 * LAT_DEGREES_PER_METER, lng: outlet.restaurant.lng };
  const input = { restaurantId: outlet.restaurant.id, items: [{ itemId: outlet.item.id, quantity: 2 }], delivery, tipCents: 200, cardNumber: TEST_CARDS.success };
  const { order } = await placeOrder(buyer, input, `key-${randomUUID()}`, provider);
  await acceptOrder(outlet.staff, order.id, { prepMinutes }, now);
  return { id: order.id, customer: buyer };
}

export const driverIdOf = async (actor: Actor) => (await prisma.driver.findUniqueOrThrow({ where: { userId: actor.userId } })).id;

/** A driver online `meters` north of the outlet, position received at `now`. */
export async function onlineDriver(outlet: Outlet, meters: number, { now = new Date(), vehicle = "BICYCLE" as Vehicle } = {}) {
  const actor = await createActor("DRIVER");
  await prisma.driver.update({ where: { userId: actor.userId }, data: { vehicle } });
  await setDriverOnline(actor, true, now);
  await placeDriver(actor, outlet, meters, now);
  return { actor, id: await driverIdOf(actor) };
}

/** Sends the driver's position (`meters` north of the outlet) as received at `now`. */
export async function placeDriver(actor: Actor, outlet: Outlet, meters: number, now = new Date()) {
  const point = { lat: outlet.restaurant.lat + meters * LAT_DEGREES_PER_METER, lng: outlet.restaurant.lng, recordedAt: now };
  const result = await ingestPosition(actor, point, now);
  if (!result.accepted) throw new Error(`position not accepted: ${result.reason}`);
  // The driver row (what dispatch reads without Redis) moves when the batch is written.
  await flushPositionHistory();
}
