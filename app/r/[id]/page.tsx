import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getMenu } from "@/lib/catalog/get-menu";
import { orPageError } from "@/app/page-errors";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { MenuView } from "@/components/menu/menu-view";
import { OpeningHoursList } from "@/components/menu/opening-hours-list";

export const dynamic = "force-dynamic";

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  return orPageError(getMenu(id));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const menu = await load((await params).id);
  return { title: menu.restaurant.name };
}

export default async function RestaurantPage({ params }: { params: Promise<{ id: string }> }) {
  const { restaurant, categories } = await load((await params).id);
  const t = await getTranslations("menu.hero");
  return (
    <>
      <section className="restaurant-hero">
        <h1>{restaurant.name}</h1>
        <p className="muted">
          {restaurant.cuisines.join(" · ")} · {"€".repeat(restaurant.priceLevel)} · ★ {restaurant.rating.toFixed(1)} ({restaurant.ratingCount})
        </p>
        <p className="muted small">
          {restaurant.address}, {restaurant.city}
          {restaurant.chain ? ` · ${restaurant.chain.name}` : ""}
        </p>
        {restaurant.open ? (
          <p className="badge badge-open" data-testid="outlet-status">
            {t("open", { minutes: restaurant.prepMinutes })}
          </p>
        ) : (
          <p className="badge badge-closed" data-testid="outlet-status" role="status">
            {t(`closed.${restaurant.closedReason!}`)}
          </p>
        )}
      </section>
      <MenuView
        restaurant={{ restaurantId: restaurant.id, restaurantName: restaurant.name, deliveryFeeCents: restaurant.deliveryFeeCents }}
        categories={categories}
        orderable={restaurant.open}
        menuVersion={restaurant.menuVersion}
        realtimeUrl={await getRealtimeUrl()}
      />
      <OpeningHoursList periods={restaurant.openingPeriods} timeZone={restaurant.timeZone} />
    </>
  );
}
