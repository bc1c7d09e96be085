// A customer cancels their order before the kitchen has accepted it: the stock goes back
// and a captured payment is refunded (the saga's compensation).
import { prisma } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { transitionOrder } from "@/lib/orders/transition-order";
import { releaseStock } from "@/lib/orders/release-stock";
import { invalidateMenu } from "@/lib/catalog/get-menu";
import { refundPayment } from "@/lib/payments/refund-payment";
import type { PaymentProvider } from "@/lib/payments/provider";

export async function cancelOrder(actor: Actor, orderId: string, provider: PaymentProvider) {
  if (actor.role !== "CUSTOMER") throw forbidden();
  const owned = await prisma.order.count({ where: { id: orderId, customerId: actor.userId } });
  if (!owned) throw notFound("Order");

  const { restaurantId } = await retryOnConflict(() =>
    prisma.$transaction(async (tx) => {
      const moved = await transitionOrder(tx, {
        orderId,
        to: "CANCELLED",
        actor: { id: actor.userId, role: "CUSTOMER" },
        data: { failureReason: "Cancelled by the customer" },
      });
      await releaseStock(tx, orderId);
      return moved;
    }),
  );
  await invalidateMenu(restaurantId);
  // After commit: a refund is a call to the outside world. A payment still pending is
  // refunded by the saga when its outcome arrives (settlePayment sees the order cancelled).
  const captured = await prisma.payment.findFirst({ where: { orderId, status: "SUCCEEDED" }, select: { id: true, providerRef: true } });
  if (captured?.providerRef) await refundPayment(captured.id, captured.providerRef, provider);
}
