"use client";
// The customer's chosen location (browser geolocation, a saved address or a map pin),
// remembered in this browser so search and browsing stay "near me" across pages.
import { useSyncExternalStore } from "react";

export interface StoredLocation {
  lat: number;
  lng: number;
  /** A saved address's name or an address line, shown as it is. */
  label: string;
  /** A place without an address (the browser's position, a map pin): named in the reader's language when shown. */
  named?: "current" | "pinned";
}

const KEY = "swifteats.location.v1";
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: StoredLocation | null } = { raw: null, value: null };

/** The remembered location, read now (for effects that run before the store's first render). */
export function readStoredLocation(): StoredLocation | null {
  return read();
}

function read(): StoredLocation | null {
  const raw = window.localStorage.getItem(KEY);
  if (raw !== cached.raw) {
    try {
      cached = { raw, value: raw ? (JSON.parse(raw) as StoredLocation) : null };
    } catch {
      cached = { raw, value: null };
    }
  }
  return cached.value;
}

export function storeLocation(location: StoredLocation | null) {
  if (location) window.localStorage.setItem(KEY, JSON.stringify(location));
  else window.localStorage.removeItem(KEY);
  for (const l of listeners) l();
}

export function useStoredLocation(): StoredLocation | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    () => null,
  );
}
