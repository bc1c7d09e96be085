import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { RestaurantCard } from "@/components/restaurant-card";
import { SearchBox } from "@/components/browse/search-box";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("browse.search");
  return { title: t("title") };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [params, t] = await Promise.all([searchParams, getTranslations("browse.search")]);
  let result: Awaited<ReturnType<typeof searchCatalog>> | null = null;
  try {
    result = await searchCatalog({ q: params.q ?? "", lat: params.lat, lng: params.lng });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
  }
  return (
    <>
      <section className="hero">
        <h1>{result ? t("resultsFor", { query: result.query }) : t("title")}</h1>
        <SearchBox initial={params.q ?? ""} />
        {result?.corrected && (
          <p className="muted">
            {t.rich("corrected", { term: result.corrected, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
      </section>
      {!result ? (
        <p className="muted">{t("prompt")}</p>
      ) : result.restaurants.length === 0 ? (
        <section className="empty-state">
          <p className="muted">{t("nothing", { query: result.query })}</p>
          <Link href="/" className="button button-quiet">
            {t("browseAll")}
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
