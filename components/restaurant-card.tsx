import Link from "next/link";
import { formatCents } from "@/lib/money";
import { CLOSED_MESSAGES, type ClosedReason } from "@/lib/catalog/outlet-orderability";

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

const km = (m: number) => (m < 1000 ? `${Math.round(m / 10) * 10} m` : `${(m / 1000).toFixed(1)} km`);

export function RestaurantCard({ restaurant: r }: { restaurant: RestaurantCardData }) {
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
          {!r.open && <span className="badge badge-closed">{r.closedReason === "paused" ? "Paused" : "Closed"}</span>}
        </div>
        <p className="muted small">
          {r.cuisines.join(" · ")} · {"€".repeat(r.priceLevel)}
          {r.chain ? ` · ${r.chain.name}` : ""}
        </p>
        <p className="restaurant-card-meta small">
          <span aria-label={`Rated ${r.rating.toFixed(1)} out of 5`}>★ {r.rating.toFixed(1)}</span>
          {r.ratingCount !== undefined && <span className="muted">({r.ratingCount})</span>}
          {r.distanceMeters !== null && <span>{km(r.distanceMeters)}</span>}
          {r.open && r.estimatedDeliveryMinutes !== null && <span>{r.estimatedDeliveryMinutes} min</span>}
          <span>{r.deliveryFeeCents === 0 ? "Free delivery" : `${formatCents(r.deliveryFeeCents)} delivery`}</span>
        </p>
        {!r.open && r.closedReason && <p className="small warn">{CLOSED_MESSAGES[r.closedReason]}</p>}
        {r.matchedDishes && r.matchedDishes.length > 0 && (
          <ul className="matched-dishes small" aria-label="Matching dishes">
            {r.matchedDishes.map((d) => (
              <li key={d.id}>
                {d.name} <span className="muted">{d.available ? formatCents(d.priceCents) : "sold out"}</span>
              </li>
            ))}
          </ul>
        )}
        {r.dietaryTags && r.dietaryTags.length > 0 && (
          <ul className="tags" aria-label="Dietary options">
            {r.dietaryTags.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
