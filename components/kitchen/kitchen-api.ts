// The kitchen screen's calls to the same HTTP API devices use.
import type { KitchenQueue } from "@/lib/kitchen/list-kitchen-orders";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import type { OrderStatusUpdate } from "@/lib/kitchen/schemas";

/** An API answer other than 2xx, with the server's message (the one JSON error shape). */
export class KitchenApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "KitchenApiError";
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, cache: "no-store", headers: { "content-type": "application/json", ...init?.headers } });
  const body = (await res.json().catch(() => null)) as { error?: string; code?: string } | null;
  if (!res.ok) throw new KitchenApiError(body?.error ?? `The server answered ${res.status}`, res.status, body?.code);
  return body as T;
}

export const kitchenQueueKey = (restaurantId: string) => ["kitchen-queue", restaurantId] as const;

export function fetchKitchenQueue(restaurantId: string): Promise<KitchenQueue> {
  return call<KitchenQueue>(`/api/v1/restaurants/${restaurantId}/orders`);
}

export async function postOrderStatus(orderId: string, update: OrderStatusUpdate): Promise<KitchenOrder> {
  const { order } = await call<{ order: KitchenOrder }>(`/api/v1/orders/${orderId}/status`, { method: "POST", body: JSON.stringify(update) });
  return order;
}
