"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ApiError } from "@/lib/api/request-json";
import { commonErrorKind } from "@/components/api-error-kind";
import { MAX_BUSY_EXTRA_MINUTES, MAX_INVENTORY_QUANTITY } from "@/lib/availability/schemas";
import { boardKey, type AvailabilityT } from "./board-key";

/**
 * A change from the availability screen. Whatever the answer, the board is read again: after
 * a success it shows the new state and log line, after a 409 the state that won the race.
 */
export function useBoardMutation<TInput>(restaurantId: string, send: (input: TInput) => Promise<unknown>) {
  const t = useTranslations("availability");
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKey(restaurantId) }),
  });
  return { ...mutation, errorMessage: mutation.error ? errorText(t, mutation.error) : null };
}

/** The API's error in the reader's language, by its code and the field a 400 names; its own (English) message only for a case not foreseen here. */
function errorText(t: AvailabilityT, error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  if (error.code === "invalid_request" || error.code === "invalid_text") return invalidText(t, Object.keys(error.fields)[0]);
  const kind = commonErrorKind(error);
  return kind ? t(`errors.${kind}`) : error.message;
}

function invalidText(t: AvailabilityT, field: string | undefined): string {
  switch (field) {
    case "reason":
      return t("errors.reason");
    case "quantity":
      return t("errors.quantity", { max: MAX_INVENTORY_QUANTITY });
    case "extra_minutes":
      return t("errors.extraMinutes", { max: MAX_BUSY_EXTRA_MINUTES });
    case "until":
      return t("errors.until");
    default:
      return t("errors.invalid");
  }
}
