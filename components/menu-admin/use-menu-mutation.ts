"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/request-json";
import { menuChangesKey, menuEditorKey } from "./menu-editor-keys";

/** A menu edit: afterwards (success or not) the editor and its log are read again. */
export function useMenuMutation<TInput>(restaurantId: string, send: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: menuEditorKey(restaurantId) }),
        queryClient.invalidateQueries({ queryKey: menuChangesKey(restaurantId) }),
      ]),
  });
  const errorMessage =
    mutation.error instanceof ApiError && mutation.error.status === 409
      ? "The menu changed meanwhile (another screen). It now shows the latest: try again."
      : (mutation.error?.message ?? null);
  /** A 400's messages by field, shown beside the field they are about. */
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fields : {};
  return { ...mutation, errorMessage, fieldErrors };
}
