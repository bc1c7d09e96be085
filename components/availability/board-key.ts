import type { Jsonified } from "@/lib/api/jsonified";
import type { AvailabilityBoard } from "@/lib/availability/get-availability-board";

export type BoardJson = Jsonified<AvailabilityBoard>;

/** The TanStack Query key of an outlet's availability board. */
export const boardKey = (restaurantId: string) => ["availability", restaurantId] as const;
