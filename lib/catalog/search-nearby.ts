// Search near a point ranked from memory (search-cells.ts): the rows findRestaurants'
// SQL gives (search-catalog.ts), by its formulas in its order. Within the radius box and circle
// (the SQL's haversine from the document's position), score = text rank / distance decay; the
// shortlist is the best `shortlist` by score (ties by id, as the SQL settles them); it is
// re-ranked by (text rank + name similarity), a float4 sum as PostgreSQL adds two reals, over
// the same decay, then rating, then id.
import { boundingBox } from "@/lib/catalog/bounding-box";
import { cellsKept, cellsOf, type ListedOutlet } from "@/lib/catalog/browse-cells";
import type { Origin } from "@/lib/catalog/catalog-sql";
import { byId, deliveryMinutes, distanceMeters, nearestInCell, RADIANS } from "@/lib/catalog/kept-outlet-math";
import { trigramSimilarity } from "@/lib/catalog/name-similarity";
import { readSearchCells, type SearchMatch } from "@/lib/catalog/search-cells";

export interface NearbySearch {
  tsquery: string;
  /** show_trgm(phrase): the words searched for, as pg_trgm splits them. */
  phraseTrigrams: ReadonlySet<string>;
  origin: Origin;
  radiusMeters: number;
  /** score = text rank / (1 + distance / this). */
  halfScoreMeters: number;
  shortlist: number;
  limit: number;
}

export interface NearbyHit {
  outlet: ListedOutlet;
  distance: number;
  deliveryMinutes: number;
}

/** The ranked page, or null when matches are not kept now (or cannot be read consistently): ask the database. */
export async function searchNearby(q: NearbySearch, now: Date): Promise<NearbyHit[] | null> {
  const box = boundingBox(q.origin.lat, q.origin.lng, q.radiusMeters);
  const range = cellsOf(box);
  if (!range || !cellsKept()) return null;
  const cells = await readSearchCells(q.tsquery, range, now);
  if (!cells) return null;
  const cosOrigin = Math.cos(q.origin.lat * RADIANS);

  const candidates: { match: SearchMatch; distance: number; decay: number; score: number }[] = [];
  for (const cell of cells) {
    if (cell.matches.length === 0 || nearestInCell(q.origin, cosOrigin, cell) > q.radiusMeters) continue;
    for (const match of cell.matches) {
      if (match.lat < box.minLat || match.lat > box.maxLat || match.lng < box.minLng || match.lng > box.maxLng) continue;
      const distance = distanceMeters(q.origin, cosOrigin, match.lat, match.lng, match.cosLat);
      if (distance > q.radiusMeters) continue;
      const decay = 1 + distance / q.halfScoreMeters;
      candidates.push({ match, distance, decay, score: match.textRank / decay });
    }
  }
  const shortlist = candidates.sort((a, b) => b.score - a.score || byId(a.match.outlet.id, b.match.outlet.id)).slice(0, q.shortlist);
  const ranked = shortlist
    .map((c) => ({ ...c, final: Math.fround(c.match.textRank + trigramSimilarity(c.match.outlet.nameTrigrams, q.phraseTrigrams)) / c.decay }))
    .sort((a, b) => b.final - a.final || b.match.outlet.rating - a.match.outlet.rating || byId(a.match.outlet.id, b.match.outlet.id));
  return ranked.slice(0, q.limit).map(({ match, distance }) => ({ outlet: match.outlet, distance, deliveryMinutes: deliveryMinutes(match.outlet, distance, now) }));
}
