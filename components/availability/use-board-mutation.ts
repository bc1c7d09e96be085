"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/request-json";
import { boardKey } from "./board-key";

/**
 * A change from the availability screen. Whatever the answer, the board is read again: after
 * a success it shows the new state and log line, after a 409 the state that won the race.
 */
export function useBoardMutation<TInput>(restaurantId: string, send: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKey(restaurantId) }),
  });
  const error = mutation.error
    ? mutation.error instanceof ApiError && mutation.error.status === 409
      ? "Someone changed this meanwhile (an order or another screen). This screen now shows the latest: check it and try again."
      : mutation.error.message
    : null;
  return { ...mutation, errorMessage: error };
}
