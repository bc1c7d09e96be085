"use client";
// An API error as the driver reads it: the codes the driver API answers with, in the driver's
// language; the server's own (English) message only for a code this app does not know.
import { useTranslations } from "next-intl";
import { ApiError } from "@/lib/api/request-json";

const KNOWN = ["offer_closed", "offer_expired", "order_unavailable", "driver_not_available", "job_in_progress", "wrong_delivery_code", "illegal_transition", "rate_limited"] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string | undefined): code is KnownCode => (KNOWN as readonly (string | undefined)[]).includes(code);

export function useErrorText(): (error: Error) => string {
  const t = useTranslations("driver.errors");
  return (error) => {
    if (!(error instanceof ApiError)) return error.message;
    if (error.status === 0) return t("network");
    return isKnown(error.code) ? t(error.code) : error.message;
  };
}
