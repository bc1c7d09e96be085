"use client";
// The orders this tablet sent during the sitting, followed until each is served or closed. The
// public realtime namespace only carries menu changes, so the tablet asks the additive
// GET /api/v1/table-orders every few seconds while an order is still open. The ids survive a
// reload in sessionStorage (per tab, gone when the tab closes), never in the URL.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { TERMINAL_STATUSES } from "@/lib/orders/status-machine";
import { MAX_TABLE_ORDER_IDS } from "@/lib/orders/table-order-ids";

export interface TableOrder {
  order_id: string;
  status: OrderStatus;
  placed_at: string;
  total_cents: number;
}

const POLL_MS = 5_000;

// sessionStorage tells no one in the same tab when it changes: remember() does.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

function parseIds(raw: string): string[] {
  const stored: unknown = JSON.parse(raw);
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === "string").slice(-MAX_TABLE_ORDER_IDS) : [];
}

export function useTableOrders(token: string) {
  const storageKey = `table-orders:${token}`;
  const raw = useSyncExternalStore(subscribe, () => sessionStorage.getItem(storageKey) ?? "[]", () => "[]");
  const ids = useMemo(() => parseIds(raw), [raw]);

  const remember = useCallback(
    (orderId: string) => {
      sessionStorage.setItem(storageKey, JSON.stringify([...ids.filter((id) => id !== orderId), orderId].slice(-MAX_TABLE_ORDER_IDS)));
      listeners.forEach((listener) => listener());
    },
    [storageKey, ids],
  );

  const { data } = useQuery({
    queryKey: ["table-orders", token, ids],
    enabled: ids.length > 0,
    // A newly sent order joins the list without the earlier ones blinking out meanwhile.
    placeholderData: keepPreviousData,
    queryFn: async (): Promise<TableOrder[]> => {
      const res = await fetch(`/api/v1/table-orders?ids=${ids.join(",")}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
      if (!res.ok) throw new Error(`table orders: ${res.status}`);
      return ((await res.json()) as { orders: TableOrder[] }).orders;
    },
    refetchInterval: (query) => (query.state.data?.every((o) => TERMINAL_STATUSES.includes(o.status)) ? false : POLL_MS),
  });
  return { orders: data ?? [], remember };
}
