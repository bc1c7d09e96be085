// Customers checking out over HTTP, as the checkout page does: POST /api/v1/orders with the
// session cookie and an Idempotency-Key, retrying the same key until an answer says the order
// is placed. Every answer is kept, so a test can say what the clients saw while a piece failed.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { newSession } from "../support/realtime";
import { createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { TEST_CARDS } from "../support/test-payments";
import { sleep } from "./cluster";

export interface Answer {
  status: number;
  retryAfter: string | null;
  /** `network`: the connection failed (status 0). */
  detail?: string;
  at: number;
}

/** A signed-in customer, from an address of its own (the per-address order limit counts each apart). */
export interface Customer {
  cookie: string;
  address: string;
}

export interface Placed {
  key: string;
  orderId: string;
  attempts: number;
}

/** Answers a client may retry on: the connection or a gateway failed, or the service said "later". */
const RETRYABLE = new Set([0, 502, 503, 504]);

export async function checkoutFixture(customers: number) {
  const restaurant = await createOpenRestaurant();
  const item = await createItem(restaurant.id, { quantity: null });
  const actors = await createCustomers(customers);
  const clients: Customer[] = await Promise.all(
    actors.map(async (a: Actor, i) => ({ cookie: `next-auth.session-token=${(await newSession(a.userId)).token}`, address: `10.12.${i >> 8}.${i & 255}` })),
  );
  const cart = {
    restaurantId: restaurant.id,
    items: [{ itemId: item.id, quantity: 1 }],
    delivery: { address: "Damrak 1, Amsterdam", lat: 52.37, lng: 4.89 },
    cardNumber: TEST_CARDS.success,
  };
  return { restaurant, cart, clients };
}

async function post(base: string, { cookie, address }: Customer, cart: object, key: string): Promise<Answer & { orderId?: string }> {
  try {
    const response = await fetch(`${base}/api/v1/orders`, {
      method: "POST",
      // The proxy and the web instances trust loopback hops (TRUSTED_PROXIES): this is the client's address.
      headers: { cookie, "x-forwarded-for": address, "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(cart),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as { order?: { id: string }; code?: string };
    return { status: response.status, retryAfter: response.headers.get("retry-after"), detail: body.code, orderId: body.order?.id, at: Date.now() };
  } catch (error) {
    return { status: 0, retryAfter: null, detail: error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error), at: Date.now() };
  }
}

/**
 * Places one order with a fresh key, retrying that key on retryable answers (every `retryMs`)
 * until it is placed; any other answer, or no success within `giveUpMs`, throws.
 */
export async function placeUntilPlaced(bases: () => string, customer: Customer, cart: object, answers: Answer[], { retryMs = 200, giveUpMs = 60_000 } = {}): Promise<Placed> {
  const key = `fault-${randomUUID()}`;
  const start = Date.now();
  for (let attempts = 1; ; attempts++) {
    const answer = await post(bases(), customer, cart, key);
    answers.push(answer);
    if (answer.status === 201 && answer.orderId) return { key, orderId: answer.orderId, attempts };
    // A 201 whose body never fully arrived (the instance died while sending it) is no answer:
    // the client retries the key, and the replay tells it its order.
    if (!RETRYABLE.has(answer.status) && answer.status !== 201) throw new Error(`order answered ${answer.status} ${answer.detail ?? ""}`);
    if (Date.now() - start > giveUpMs) throw new Error(`order not placed within ${giveUpMs} ms (last: ${answer.status} ${answer.detail ?? ""})`);
    await sleep(retryMs);
  }
}

/**
 * What the database holds for the orders the clients were told about: per order its payments,
 * items and events. `whole`: written all at once (items, a payment, the PLACED event).
 */
export async function ordersAsWritten(placed: Placed[]) {
  const rows = await prisma.order.findMany({
    where: { idempotencyKey: { in: placed.map((p) => p.key) } },
    select: {
      id: true,
      idempotencyKey: true,
      status: true,
      payments: { select: { status: true, providerRef: true } },
      _count: { select: { items: true } },
      events: { select: { toStatus: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    succeededCharges: row.payments.filter((p) => p.status === "SUCCEEDED").length,
    whole: row._count.items > 0 && row.payments.length === 1 && row.events.some((e) => e.toStatus === "PLACED"),
    /** Money taken but the order did not follow: what settlement must never leave. */
    paidButStuck: row.status === "PLACED" && row.payments.some((p) => p.status === "SUCCEEDED"),
  }));
}

/** How many answers had each status (0: the connection failed), or each error code, for the log line. */
export function tally(answers: Answer[], by: (a: Answer) => string | number = (a) => a.status): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) counts[by(a)] = (counts[by(a)] ?? 0) + 1;
  return counts;
}
