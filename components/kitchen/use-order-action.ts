"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { KitchenQueue } from "@/lib/kitchen/list-kitchen-orders";
import type { OrderStatusUpdate } from "@/lib/kitchen/schemas";
import { kitchenQueueKey, postOrderStatus } from "./kitchen-api";

/** Moves one order along; the ticket changes column as soon as the server agrees. */
export function useOrderAction(restaurantId: string, orderId: string) {
  const queryClient = useQueryClient();
  const queryKey = kitchenQueueKey(restaurantId);
  return useMutation({
    mutationFn: (update: OrderStatusUpdate) => postOrderStatus(orderId, update),
    onSuccess: (updated) =>
      queryClient.setQueryData<KitchenQueue>(queryKey, (queue) => queue && { ...queue, orders: queue.orders.map((o) => (o.id === updated.id ? updated : o)) }),
    // Refused (someone else moved it, or it was cancelled): show what the order is now.
    onError: () => queryClient.invalidateQueries({ queryKey }),
  });
}
