"use client";
// An API error as the admin reads it: the codes the monitoring API answers with, in the admin's
// language; the server's own (English) message only for a code the dashboard does not know.
import { useTranslations } from "next-intl";
import { ApiError } from "@/lib/api/request-json";

const KNOWN = ["incident_resolved", "resume_limit", "not_found", "forbidden", "rate_limited"] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string | undefined): code is KnownCode => (KNOWN as readonly (string | undefined)[]).includes(code);

export function useErrorText(): (error: Error) => string {
  const t = useTranslations("admin.errors");
  return (error) => {
    if (!(error instanceof ApiError)) return error.message;
    if (error.status === 0) return t("network");
    if (error.code === "invalid_request") return t("invalid_request", { message: error.message });
    return isKnown(error.code) ? t(error.code) : error.message;
  };
}
