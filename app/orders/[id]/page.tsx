import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireSurface } from "@/lib/auth/session";
import { orPageError } from "@/app/page-errors";
import { getCustomerOrder } from "@/lib/orders/get-customer-order";
import { getOrderTracking } from "@/lib/tracking/get-order-tracking";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { OrderTracker } from "@/components/orders/order-tracker";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.tracker"))("title") };
}
export const dynamic = "force-dynamic";

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSurface("orders", `/orders/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const order = await orPageError(getCustomerOrder(actor, id));
  // Dates cross to the client component as ISO strings.
  const { placedAt, etaAt, ...rest } = order;
  const tracking = await getOrderTracking(actor, id);
  return (
    <OrderTracker order={{ ...rest, placedAt: placedAt.toISOString(), etaAt: etaAt?.toISOString() ?? null }} tracking={tracking} realtimeUrl={await getRealtimeUrl()} />
  );
}
