"use client";
// One ticking clock for every ticket timer on the page.
import { useSyncExternalStore } from "react";

const TICK_MS = 1000;
const listeners = new Set<() => void>();
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(onTick: () => void) {
  listeners.add(onTick);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const listener of listeners) listener();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(onTick);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, every second; null while server-rendering and hydrating
 *  (the server's time would not match the tablet's). */
export function useClock(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (now === 0 ? null : now),
    () => null,
  );
}
