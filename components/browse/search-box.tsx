"use client";
// One box over restaurants and dishes. Suggestions come from /api/v1/search/suggest as the
// user types (debounced); submitting opens /search, near the user's location when known.
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useStoredLocation } from "./stored-location";

export function SearchBox({ initial = "" }: { initial?: string }) {
  const t = useTranslations("browse.searchBox");
  const listId = useId();
  const [q, setQ] = useState(initial);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const location = useStoredLocation();

  useEffect(() => {
    const typed = q.trim();
    if (typed.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/search/suggest?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { suggestions: [] }))
        .then((body: { suggestions: { label: string }[] }) => setSuggestions(body.suggestions.map((s) => s.label)))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  return (
    <form role="search" action="/search" className="search-box">
      <input
        type="search"
        name="q"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        aria-label={t("label")}
        placeholder={t("placeholder")}
        list={listId}
        autoComplete="off"
        required
        maxLength={100}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {location && (
        <>
          <input type="hidden" name="lat" value={location.lat.toFixed(5)} />
          <input type="hidden" name="lng" value={location.lng.toFixed(5)} />
        </>
      )}
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
