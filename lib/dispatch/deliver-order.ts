// The hand-over: the customer tells the driver the 4-digit code on their order page. Right
// code → DELIVERED (status machine, with its event) and the driver is free again, idle from
// now; wrong code → 400 and nothing written. Attempts are limited so the code cannot be
// guessed by trying them all.
import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { enforceRateLimit, type RateLimit } from "@/lib/ratelimit/rate-limit";
import { canTransition } from "@/lib/orders/status-machine";
import { transitionOrder } from "@/lib/orders/transition-order";
import { requireDriver } from "@/lib/dispatch/require-driver";
import { getDriverJob } from "@/lib/dispatch/get-driver-job";
import { deliverySchema, jobIdSchema } from "@/lib/dispatch/schemas";
import type { Job } from "@/lib/dispatch/views";

/**
 * Tries per driver and order: plenty for typos, nowhere near 10,000. It guards a secret, so
 * without Redis to count the tries it answers 503 rather than allow guessing.
 */
const CODE_ATTEMPTS: RateLimit = { limit: 10, windowMs: 10 * 60_000, whenRedisDown: "refuse" };

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function deliverOrder(actor: Actor, orderId: string, body: unknown, now = new Date()): Promise<Job> {
  const id = jobIdSchema.parse(orderId);
  const { code } = deliverySchema.parse(body);
  const driver = await requireDriver(actor);
  await enforceRateLimit(`delivery-code:${driver.id}:${id}`, CODE_ATTEMPTS, "Too many wrong codes; ask the customer again in a few minutes");
  await prisma.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { id, driverId: driver.id }, select: { status: true, channel: true, deliveryCode: true } });
    if (!order) throw notFound("Job");
    if (!canTransition(order.status, "DELIVERED", "DRIVER", order.channel)) {
      throw new AppError(409, `An order that is ${order.status.toLowerCase()} cannot be delivered`, "illegal_transition");
    }
    if (!order.deliveryCode || !sameCode(order.deliveryCode, code)) throw new AppError(400, "That is not this order's delivery code", "wrong_delivery_code");
    await transitionOrder(tx, { orderId: id, to: "DELIVERED", actor: { id: actor.userId, role: "DRIVER" }, data: { deliveredAt: now } });
    await tx.driver.updateMany({
      where: { id: driver.id, status: "ON_DELIVERY" },
      data: { status: "AVAILABLE", availableSince: now, version: { increment: 1 } },
    });
  });
  return (await getDriverJob(driver.id, id))!;
}
