// The driver has the food: READY → PICKED_UP through the status machine (only the order's
// own driver; a kitchen that has not marked it ready yet is a 409). From now on the customer
// sees the driver on the map.
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { transitionOrder } from "@/lib/orders/transition-order";
import { requireDriver } from "@/lib/dispatch/require-driver";
import { getDriverJob } from "@/lib/dispatch/get-driver-job";
import { jobIdSchema } from "@/lib/dispatch/schemas";
import type { Job } from "@/lib/dispatch/views";

export async function pickUpOrder(actor: Actor, orderId: string, now = new Date()): Promise<Job> {
  const id = jobIdSchema.parse(orderId);
  const driver = await requireDriver(actor);
  if ((await prisma.order.count({ where: { id, driverId: driver.id } })) === 0) throw notFound("Job");
  await retryOnConflict(() =>
    prisma.$transaction((tx) => transitionOrder(tx, { orderId: id, to: "PICKED_UP", actor: { id: actor.userId, role: "DRIVER" }, data: { pickedUpAt: now } })),
  );
  return (await getDriverJob(driver.id, id))!;
}
