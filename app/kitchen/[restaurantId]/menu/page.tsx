// The kitchen's menu editor: categories and items, their order, prices, photos.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toJsonified } from "@/lib/api/jsonified";
import { listEditableMenu } from "@/lib/menu/list-editable-menu";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { MenuEditor } from "@/components/menu-admin/menu-editor";
import { OutletNav } from "@/components/outlet/outlet-nav";
import { requireOutletStaff } from "../require-outlet-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("menuAdmin");
  return { title: t("title") };
}

export default async function MenuEditorPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const actor = await requireOutletStaff(restaurantId, `/kitchen/${restaurantId}/menu`);
  const menu = await listEditableMenu(actor, restaurantId);
  return (
    <>
      <OutletNav restaurantId={restaurantId} name={menu.restaurant.name} current="menu" />
      <MenuEditor initialMenu={toJsonified(menu)} realtimeUrl={await getRealtimeUrl()} />
    </>
  );
}
