"use client";
// Browse filters as a plain GET form: the URL holds the whole query, so results are
// rendered on the server, shareable, and work before JavaScript loads. The controls are
// uncontrolled (their defaults are read once, on mount): the form is keyed by the query, so
// a query changed elsewhere (a location chosen in the location bar) shows in every control
// and the next change submits what the list shows, not what the form first drew.
import { useSearchParams } from "next/navigation";

const DIETS = ["vegetarian", "vegan", "gluten-free", "halal"];

export function FilterBar({ cuisines }: { cuisines: string[] }) {
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
        <span className="visually-hidden">Cuisine</span>
        <select name="cuisine" defaultValue={params.get("cuisine") ?? ""} aria-label="Cuisine">
          <option value="">All cuisines</option>
          {cuisines.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Dietary</span>
        <select name="diet" defaultValue={params.get("diet") ?? ""} aria-label="Dietary">
          <option value="">Any diet</option>
          {DIETS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Price</span>
        <select name="price" defaultValue={params.get("price") ?? ""} aria-label="Price">
          <option value="">Any price</option>
          <option value="1">€</option>
          <option value="2">€€ or less</option>
          <option value="3">€€€ or less</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">Sort</span>
        <select name="sort" defaultValue={params.get("sort") ?? (located ? "distance" : "rating")} aria-label="Sort">
          {located && <option value="distance">Nearest</option>}
          <option value="rating">Best rated</option>
          {located && <option value="delivery_time">Fastest delivery</option>}
        </select>
      </label>
      <label className="chip">
        <input type="checkbox" name="open_now" value="true" defaultChecked={params.get("open_now") === "true"} />
        Open now
      </label>
      <noscript>
        <button type="submit" className="button button-small">
          Apply
        </button>
      </noscript>
    </form>
  );
}
