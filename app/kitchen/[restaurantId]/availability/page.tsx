// The kitchen's availability screen: outlet status, item stock and counts, the change log.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toJsonified } from "@/lib/api/jsonified";
import { getAvailabilityBoard } from "@/lib/availability/get-availability-board";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { AvailabilityBoardView } from "@/components/availability/availability-board";
import { OutletNav } from "@/components/outlet/outlet-nav";
import { requireOutletStaff } from "../require-outlet-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("availability");
  return { title: t("title") };
}

export default async function AvailabilityPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const actor = await requireOutletStaff(restaurantId, `/kitchen/${restaurantId}/availability`);
  const board = await getAvailabilityBoard(actor, restaurantId);
  return (
    <>
      <OutletNav restaurantId={restaurantId} name={board.restaurant.name} current="availability" />
      <AvailabilityBoardView initialBoard={toJsonified(board)} realtimeUrl={await getRealtimeUrl()} />
    </>
  );
}
