"use client";
// A refused kitchen action as staff read it: the error codes the order-status API answers
// with, in the screen's language; the server's own (English) message only for a code this
// screen does not know.
import { useTranslations } from "next-intl";
import { KitchenApiError } from "./kitchen-api";

const KNOWN = [
  "illegal_transition",
  "stale_order",
  "version_conflict",
  "not_found",
  "unauthorized",
  "forbidden",
  "invalid_request",
  "rate_limited",
  "busy",
  "unavailable",
] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string | undefined): code is KnownCode => (KNOWN as readonly (string | undefined)[]).includes(code);

export function useKitchenErrorText(): (error: Error) => string {
  const t = useTranslations("kitchen.errors");
  return (error) => {
    // fetch itself failed: no answer at all.
    if (!(error instanceof KitchenApiError)) return t("network");
    if (isKnown(error.code)) return t(error.code);
    // A proxy's or crashed server's answer carries no code: still "try again", in words.
    return error.status >= 500 ? t("busy") : error.message;
  };
}
