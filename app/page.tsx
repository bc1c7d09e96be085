import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { listRestaurants } from "@/lib/catalog/list-restaurants";
import { listCuisines } from "@/lib/catalog/list-cuisines";
import { getActor } from "@/lib/auth/session";
import { listSavedAddresses } from "@/lib/customers/list-saved-addresses";
import { RestaurantCard } from "@/components/restaurant-card";
import { SearchBox } from "@/components/browse/search-box";
import { LocationBar } from "@/components/browse/location-bar";
import { FilterBar } from "@/components/browse/filter-bar";

// The catalog changes as staff open, pause and edit outlets: always render fresh.
export const dynamic = "force-dynamic";

type Params = Record<string, string | string[] | undefined>;

export default async function HomePage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const [cuisines, addresses, t] = await Promise.all([listCuisines(), getActor().then(listSavedAddresses), getTranslations("browse.home")]);
  let result: Awaited<ReturnType<typeof listRestaurants>> | null = null;
  try {
    result = await listRestaurants({ limit: 60, ...params });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
  }
  const more = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && k !== "cursor" ? [[k, v]] : [])));
  if (result?.nextCursor) more.set("cursor", result.nextCursor);

  return (
    <>
      <section className="hero">
        <h1>{t("title")}</h1>
        <SearchBox />
        <LocationBar addresses={addresses} />
        <FilterBar cuisines={cuisines} />
      </section>
      {!result ? (
        <p role="alert" className="form-error">
          {t.rich("badFilter", { link: (chunks) => <Link href="/">{chunks}</Link> })}
        </p>
      ) : result.restaurants.length === 0 ? (
        <p className="empty-state muted">{t("empty")}</p>
      ) : (
        <>
          <div className="restaurant-grid">
            {result.restaurants.map((r) => (
              <RestaurantCard key={r.id} restaurant={r} />
            ))}
          </div>
          {result.nextCursor && (
            <p className="pager">
              <Link href={`/?${more}`} className="button button-quiet">
                {t("more")}
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
