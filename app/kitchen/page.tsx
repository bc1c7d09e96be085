import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireSurface } from "@/lib/auth/session";
import { listStaffRestaurants } from "@/lib/kitchen/list-staff-restaurants";
import { listKitchenOrders } from "@/lib/kitchen/list-kitchen-orders";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { KitchenScreen } from "@/components/kitchen/kitchen-screen";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kitchen");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** `?restaurant=<id>` picks the outlet when the staff member works for several. */
const searchSchema = z.object({ restaurant: z.uuid().optional().catch(undefined) });

export default async function KitchenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireSurface("kitchen", "/kitchen");
  const t = await getTranslations("kitchen");
  const restaurants = await listStaffRestaurants(actor);
  const { restaurant: chosenId } = searchSchema.parse(await searchParams);
  const chosen = restaurants.length === 1 ? restaurants[0] : restaurants.find((r) => r.id === chosenId);

  if (!chosen) {
    return (
      <>
        <h1>{t("title")}</h1>
        {restaurants.length === 0 ? (
          <p className="muted">{t("picker.unassigned")}</p>
        ) : (
          <>
            <p className="muted">{t("picker.pick")}</p>
            <ul className="list">
              {restaurants.map((r) => (
                <li key={r.id} className="card">
                  <div className="restaurant-card-title">
                    <h2>
                      <Link href={`/kitchen?restaurant=${r.id}`}>{r.name}</Link>
                    </h2>
                    <span className={`badge badge-${r.declaredStatus.toLowerCase()}`}>{t(`outletStatus.${r.declaredStatus}`)}</span>
                  </div>
                  <p className="muted small">
                    {r.address}
                    {r.chain ? ` · ${r.chain.name}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }

  const [initialQueue, realtimeUrl] = await Promise.all([listKitchenOrders(actor, chosen.id), getRealtimeUrl()]);
  return (
    <>
      <div className="kitchen-title">
        <h1>{t("title")}</h1>
        {restaurants.length > 1 && <Link href="/kitchen">{t("picker.switchOutlet")}</Link>}
      </div>
      {/* Keyed: another outlet is another screen (its own feed, alerts and timers). */}
      <KitchenScreen
        key={chosen.id}
        restaurant={{ id: chosen.id, name: chosen.name, timeZone: chosen.timeZone }}
        initialQueue={initialQueue}
        realtimeUrl={realtimeUrl}
        sendHeartbeat={actor.role === "RESTAURANT_STAFF"}
      />
    </>
  );
}
