import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireSurface } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getCustomerOrder } from "@/lib/orders/get-customer-order";
import { getOrderTracking } from "@/lib/tracking/get-order-tracking";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { OrderTracker } from "@/components/orders/order-tracker";

export const metadata: Metadata = { title: "Your order" };
export const dynamic = "force-dynamic";

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSurface("orders", `/orders/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  let order;
  try {
    order = await getCustomerOrder(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  // Dates cross to the client component as ISO strings.
  const { placedAt, etaAt, ...rest } = order;
  const tracking = await getOrderTracking(actor, id);
  return (
    <OrderTracker order={{ ...rest, placedAt: placedAt.toISOString(), etaAt: etaAt?.toISOString() ?? null }} tracking={tracking} realtimeUrl={await getRealtimeUrl()} />
  );
}
