"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ApiError } from "@/lib/api/request-json";
import { commonErrorKind } from "@/components/api-error-kind";
import { menuChangesKey, menuEditorKey, type MenuAdminT } from "./menu-editor-keys";

/** A menu edit: afterwards (success or not) the editor and its log are read again. */
export function useMenuMutation<TInput>(restaurantId: string, send: (input: TInput) => Promise<unknown>) {
  const t = useTranslations("menuAdmin");
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: menuEditorKey(restaurantId) }),
        queryClient.invalidateQueries({ queryKey: menuChangesKey(restaurantId) }),
      ]),
  });
  const errorMessage = mutation.error ? errorText(t, mutation.error) : null;
  /** A 400's messages and issue codes by field, worded beside the field they are about. */
  const fieldErrors = mutation.error instanceof ApiError ? { messages: mutation.error.fields, codes: mutation.error.fieldCodes } : { messages: {}, codes: {} };
  return { ...mutation, errorMessage, fieldErrors };
}

/** The API's error in the reader's language, by its code; its own (English) message only for a code not foreseen here. */
function errorText(t: MenuAdminT, error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  switch (error.code) {
    case "invalid_request":
    case "invalid_text":
      return t("errors.invalid");
    case "limit_reached":
      return t("errors.limitReached");
    case "photo_missing":
      return t("errors.photoMissing");
    case "photo_too_large":
    case "payload_too_large":
      return t("errors.photoTooLarge");
    case "photo_type":
    case "unsupported_media_type":
      return t("errors.photoType");
  }
  const kind = commonErrorKind(error);
  return kind ? t(`errors.${kind}`) : error.message;
}
