import type { useTranslations } from "next-intl";
import type { Jsonified } from "@/lib/api/jsonified";
import type { AvailabilityBoard } from "@/lib/availability/get-availability-board";

export type BoardJson = Jsonified<AvailabilityBoard>;

/** The screen's translations (namespace availability), for helpers outside components. */
export type AvailabilityT = ReturnType<typeof useTranslations<"availability">>;

/** The TanStack Query key of an outlet's availability board. */
export const boardKey = (restaurantId: string) => ["availability", restaurantId] as const;
