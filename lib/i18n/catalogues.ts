// Both catalogues, loaded once per process: small enough (tens of KB) that importing them
// statically is cheaper than a dynamic import per request, and the worker's emails need them too.
import english from "@/messages/en";
import dutch from "@/messages/nl";
import type { Locale } from "./locales";

export type Messages = typeof english;

export const CATALOGUES: Record<Locale, Messages> = { en: english, nl: dutch };
