import Link from "next/link";
import { formatCents } from "@/lib/money";

export interface RestaurantCardData {
  id: string;
  name: string;
  description: string;
  cuisines: string[];
  dietaryTags: string[];
  priceLevel: number;
  rating: number;
  ratingCount: number;
  address: string;
  deliveryFeeCents: number;
  avgPrepMinutes: number;
  declaredStatus: string;
  chain: { name: string } | null;
}

const STATUS_LABEL: Record<string, string | undefined> = { PAUSED: "Paused", CLOSED: "Closed", BUSY: "Busy" };

export function RestaurantCard({ restaurant: r }: { restaurant: RestaurantCardData }) {
  const status = STATUS_LABEL[r.declaredStatus];
  return (
    <article className="restaurant-card" data-testid="restaurant-card">
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
          {status && <span className={`badge badge-${r.declaredStatus.toLowerCase()}`}>{status}</span>}
        </div>
        <p className="muted small">
          {r.cuisines.join(" · ")} · {"€".repeat(r.priceLevel)}
          {r.chain ? ` · ${r.chain.name}` : ""}
        </p>
        <p className="restaurant-card-meta small">
          <span aria-label={`Rated ${r.rating.toFixed(1)} out of 5`}>★ {r.rating.toFixed(1)}</span>
          <span className="muted">({r.ratingCount})</span>
          <span>{r.avgPrepMinutes + 10}–{r.avgPrepMinutes + 25} min</span>
          <span>{r.deliveryFeeCents === 0 ? "Free delivery" : `${formatCents(r.deliveryFeeCents)} delivery`}</span>
        </p>
        {r.dietaryTags.length > 0 && (
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
