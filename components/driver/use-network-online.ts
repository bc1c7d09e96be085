"use client";
// navigator.onLine as React state: the driver app says "offline" before a request fails.
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export function useNetworkOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
}
