"use client";
import { useEffect, useEffectEvent, useState } from "react";

/** How long a ticket that just arrived flashes. */
const FLASH_MS = 10_000;

/**
 * Orders that reach the New column after the screen opened (live, or caught up after a
 * drop): the screen chimes once per batch, and each of them flashes for a while. Returns
 * whether a ticket is still flashing.
 */
export function useNewOrderAlert(newOrderIds: readonly string[], now: number | null, chime: () => void) {
  // What the page opened with is not news.
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set(newOrderIds));
  const [arrivals, setArrivals] = useState<ReadonlyMap<string, number>>(new Map());

  // Derived while rendering (React's "adjust state when props change"), not in an effect,
  // so a ticket never renders once without its flash.
  const arrived = newOrderIds.filter((id) => !seen.has(id));
  if (arrived.length > 0 && now !== null) {
    setSeen(new Set([...seen, ...arrived]));
    const recent = [...arrivals].filter(([, at]) => now - at < FLASH_MS);
    setArrivals(new Map([...recent, ...arrived.map((id) => [id, now] as const)]));
  }

  const latestArrival = Math.max(0, ...arrivals.values());
  const onArrival = useEffectEvent(chime);
  useEffect(() => {
    if (latestArrival > 0) onArrival();
  }, [latestArrival]);

  return (orderId: string) => {
    const at = arrivals.get(orderId);
    return at !== undefined && now !== null && now - at < FLASH_MS;
  };
}
