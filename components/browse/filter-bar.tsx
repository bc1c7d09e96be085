"use client";
// Browse filters as a plain GET form: the URL holds the whole query, so results are
// rendered on the server, shareable, and work before JavaScript loads. The controls are
// uncontrolled (their defaults are read once, on mount): the form is keyed by the query, so
// a query changed elsewhere (a location chosen in the location bar) shows in every control
// and the next change submits what the list shows, not what the form first drew.
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { DIETS } from "./diets";

export function FilterBar({ cuisines }: { cuisines: string[] }) {
  const t = useTranslations("browse");
  const params = useSearchParams();
  const located = params.get("lat") !== null;
  return (
    <form key={params.toString()} className="filter-bar" action="/" onChange={(e) => e.currentTarget.requestSubmit()}>
      {located && (
        <>
          <input type="hidden" name="lat" value={params.get("lat")!} />
          <input type="hidden" name="lng" value={params.get("lng")!} />
        </>
      )}
      <label>
        <span className="visually-hidden">{t("filters.cuisine")}</span>
        <select name="cuisine" defaultValue={params.get("cuisine") ?? ""} aria-label={t("filters.cuisine")}>
          <option value="">{t("filters.allCuisines")}</option>
          {cuisines.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("filters.diet")}</span>
        <select name="diet" defaultValue={params.get("diet") ?? ""} aria-label={t("filters.diet")}>
          <option value="">{t("filters.anyDiet")}</option>
          {DIETS.map((d) => (
            <option key={d} value={d}>
              {t(`diets.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("filters.price")}</span>
        <select name="price" defaultValue={params.get("price") ?? ""} aria-label={t("filters.price")}>
          <option value="">{t("filters.anyPrice")}</option>
          <option value="1">€</option>
          <option value="2">{t("filters.priceUpTo", { level: "€€" })}</option>
          <option value="3">{t("filters.priceUpTo", { level: "€€€" })}</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("filters.sort")}</span>
        <select name="sort" defaultValue={params.get("sort") ?? (located ? "distance" : "rating")} aria-label={t("filters.sort")}>
          {located && <option value="distance">{t("filters.distance")}</option>}
          <option value="rating">{t("filters.rating")}</option>
          {located && <option value="delivery_time">{t("filters.deliveryTime")}</option>}
        </select>
      </label>
      <label className="chip">
        <input type="checkbox" name="open_now" value="true" defaultChecked={params.get("open_now") === "true"} />
        {t("filters.openNow")}
      </label>
      <noscript>
        <button type="submit" className="button button-small">
          {t("filters.apply")}
        </button>
      </noscript>
    </form>
  );
}
