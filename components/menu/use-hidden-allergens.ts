"use client";
// The allergens a customer asked to hide dishes for, remembered in this browser
// (localStorage), so the menu of every restaurant is filtered the same way on the next visit.
import { useSyncExternalStore } from "react";
import { ALLERGEN_CODES, type Allergen } from "@/lib/menu/allergens";

const KEY = "swifteats.hide-allergens.v1";
const NONE: Allergen[] = [];
const listeners = new Set<() => void>();
let cached: { raw: string | null; codes: Allergen[] } = { raw: null, codes: NONE };

function read(): Allergen[] {
  const raw = window.localStorage.getItem(KEY);
  if (raw !== cached.raw) {
    let codes: Allergen[] = NONE;
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed)) codes = ALLERGEN_CODES.filter((c) => parsed.includes(c));
    } catch {
      // Unreadable: hide nothing.
    }
    cached = { raw, codes };
  }
  return cached.codes;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useHiddenAllergens(): [Allergen[], (codes: Allergen[]) => void] {
  const codes = useSyncExternalStore(subscribe, read, () => NONE);
  const set = (next: Allergen[]) => {
    if (next.length) window.localStorage.setItem(KEY, JSON.stringify(next));
    else window.localStorage.removeItem(KEY);
    for (const l of listeners) l();
  };
  return [codes, set];
}
