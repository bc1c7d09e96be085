import type { Metadata } from "next";
import Link from "next/link";
import { ZodError } from "zod";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { RestaurantCard } from "@/components/restaurant-card";
import { SearchBox } from "@/components/browse/search-box";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  let result: Awaited<ReturnType<typeof searchCatalog>> | null = null;
  try {
    result = await searchCatalog({ q: params.q ?? "", lat: params.lat, lng: params.lng });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
  }
  return (
    <>
      <section className="hero">
        <h1>{result ? `Results for “${result.query}”` : "Search"}</h1>
        <SearchBox initial={params.q ?? ""} />
        {result?.corrected && (
          <p className="muted">
            Showing results for <strong>{result.corrected}</strong>
          </p>
        )}
      </section>
      {!result ? (
        <p className="muted">Type what you feel like eating: a dish, a cuisine or a restaurant.</p>
      ) : result.restaurants.length === 0 ? (
        <section className="empty-state">
          <p className="muted">Nothing matches “{result.query}”.</p>
          <Link href="/" className="button button-quiet">
            Browse all restaurants
          </Link>
        </section>
      ) : (
        <div className="restaurant-grid">
          {result.restaurants.map((r) => (
            <RestaurantCard key={r.id} restaurant={r} />
          ))}
        </div>
      )}
    </>
  );
}
