"use client";
import { useEffect, useMemo, useRef } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { KitchenQueue } from "@/lib/kitchen/list-kitchen-orders";
import { isQueueBehind } from "@/lib/kitchen/is-queue-behind";
import type { OrderEventMessage } from "@/lib/realtime/events";
import { useOrderEvents } from "@/lib/realtime/use-order-events";
import { fetchKitchenQueue, kitchenQueueKey } from "./kitchen-api";

const NO_EVENTS: readonly OrderEventMessage[] = [];
/** A safety net only: live events drive the refetches. */
const SAFETY_REFETCH_MS = 60_000;

/**
 * The outlet's queue from GET /api/v1/restaurants/{id}/orders, kept current by its live
 * order events: an event about an order the queue does not know, or a status it does not
 * show, refetches it. Socket events say what changed; the queue itself stays in one place.
 */
export function useKitchenQueue(restaurantId: string, initialQueue: KitchenQueue, realtimeUrl: string) {
  const queryClient = useQueryClient();
  const { data: queue } = useQuery({
    queryKey: kitchenQueueKey(restaurantId),
    queryFn: () => fetchKitchenQueue(restaurantId),
    initialData: initialQueue,
    refetchInterval: SAFETY_REFETCH_MS,
  });
  // The feed starts where the server-rendered queue was read.
  const { events, connected } = useOrderEvents({ restaurantId, afterSeq: initialQueue.cursor, horizon: initialQueue.horizon }, NO_EVENTS, realtimeUrl);

  const behind = useMemo(() => isQueueBehind(queue, events), [queue, events]);
  useEffect(() => {
    // Joins a refetch already under way rather than restarting it on every event of a burst.
    // Runs again whenever the queue or the feed changes, not only when `behind` flips: a
    // refetch that was read before the latest event leaves the queue behind, and it must
    // fetch again (each read moves the cursor, so this settles).
    if (behind) void queryClient.invalidateQueries({ queryKey: kitchenQueueKey(restaurantId) }, { cancelRefetch: false });
  }, [behind, queue, events, queryClient, restaurantId]);

  // After a drop the hook catches the feed up from its cursor; the queue is refetched as well,
  // so what happened offline never depends on one event arriving.
  const everConnected = useRef(false);
  useEffect(() => {
    if (!connected) return;
    if (everConnected.current) void queryClient.invalidateQueries({ queryKey: kitchenQueueKey(restaurantId) });
    everConnected.current = true;
  }, [connected, queryClient, restaurantId]);

  return { queue, connected };
}
