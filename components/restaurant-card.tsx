import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import { formatDistance } from "@/lib/geo/describe-distance";
import type { ClosedReason } from "@/lib/catalog/outlet-orderability";
import { isDiet } from "@/components/browse/diets";

export interface RestaurantCardData {
  id: string;
  name: string;
  description?: string;
  cuisines: string[];
  dietaryTags?: string[];
  priceLevel: number;
  rating: number;
  ratingCount?: number;
  deliveryFeeCents: number;
  avgPrepMinutes?: number;
  chain?: { name: string } | null;
  distanceMeters: number | null;
  estimatedDeliveryMinutes: number | null;
  open: boolean;
  closedReason: ClosedReason | null;
  matchedDishes?: { id: string; name: string; priceCents: number; available: boolean }[];
}

// Outlets have no currency of their own yet: every one trades in euros.
const CURRENCY = "EUR";

export function RestaurantCard({ restaurant: r }: { restaurant: RestaurantCardData }) {
  const t = useTranslations("browse");
  const locale = useLocale();
  const format = useFormatter();
  const rating = format.number(r.rating, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const money = (cents: number) => formatCents(cents, CURRENCY, locale);
  return (
    <article className="restaurant-card" data-testid="restaurant-card" data-open={r.open}>
      <div className="restaurant-card-art" aria-hidden data-cuisine={r.cuisines[0] ?? "food"}>
        {r.name.slice(0, 1)}
      </div>
      <div className="restaurant-card-body">
        <div className="restaurant-card-title">
          <h2>
            {/* The link stretches over the whole card (CSS), so the card is one big target. */}
            <Link href={`/r/${r.id}`} className="stretched-link">
              {r.name}
            </Link>
          </h2>
          {!r.open && <span className="badge badge-closed">{r.closedReason === "paused" ? t("card.paused") : t("card.closed")}</span>}
        </div>
        <p className="muted small">
          {r.cuisines.join(" · ")} · {"€".repeat(r.priceLevel)}
          {r.chain ? ` · ${r.chain.name}` : ""}
        </p>
        <p className="restaurant-card-meta small">
          <span aria-label={t("card.rated", { rating })}>★ {rating}</span>
          {r.ratingCount !== undefined && <span className="muted">({r.ratingCount})</span>}
          {r.distanceMeters !== null && <span>{formatDistance(r.distanceMeters, locale)}</span>}
          {r.open && r.estimatedDeliveryMinutes !== null && <span>{t("card.minutes", { minutes: r.estimatedDeliveryMinutes })}</span>}
          <span>{r.deliveryFeeCents === 0 ? t("card.freeDelivery") : t("card.deliveryFee", { fee: money(r.deliveryFeeCents) })}</span>
        </p>
        {!r.open && r.closedReason && <p className="small warn">{t(`card.closedReason.${r.closedReason}`)}</p>}
        {r.matchedDishes && r.matchedDishes.length > 0 && (
          <ul className="matched-dishes small" aria-label={t("card.matchingDishes")}>
            {r.matchedDishes.map((d) => (
              <li key={d.id}>
                {d.name} <span className="muted">{d.available ? money(d.priceCents) : t("card.soldOut")}</span>
              </li>
            ))}
          </ul>
        )}
        {r.dietaryTags && r.dietaryTags.length > 0 && (
          <ul className="tags" aria-label={t("card.dietaryOptions")}>
            {r.dietaryTags.map((tag) => (
              <li key={tag}>{isDiet(tag) ? t(`diets.${tag}`) : tag}</li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
