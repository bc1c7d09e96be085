// The table tablet (seed 004): a kiosk menu that orders to the table its secret token names.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findTableByToken } from "@/lib/orders/place-table-order";
import { getMenu } from "@/lib/catalog/get-menu";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { TableKiosk } from "@/components/kiosk/table-kiosk";

export const dynamic = "force-dynamic";
// The token in the URL is the table's credential: never leak it through the Referer header.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kiosk");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function TablePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const table = await findTableByToken(token);
  if (!table) notFound();
  const menu = await getMenu(table.restaurantId);
  return <TableKiosk token={token} tableNumber={table.number} menu={menu} realtimeUrl={await getRealtimeUrl()} />;
}
