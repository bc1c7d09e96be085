// The driver app's calls to the driver HTTP API (app/api/v1/driver/**), through the one
// browser JSON helper (errors carry the server's message, status and code).
import { requestJson } from "@/lib/api/request-json";
import type { Jsonified } from "@/lib/api/jsonified";
import type { Job } from "@/lib/dispatch/views";
import type { getDriverHome } from "@/lib/dispatch/get-driver-home";
import type { BufferedPoint } from "@/lib/tracking/position-buffer";

/** GET /api/v1/driver/me: everything the driver app shows. */
export type DriverMe = Jsonified<Awaited<ReturnType<typeof getDriverHome>>>;

export const driverMeKey = ["driver-me"] as const;

export const fetchDriverMe = () => requestJson<DriverMe>("/api/v1/driver/me");
export const postDriverStatus = (online: boolean) => requestJson<{ driver: DriverMe["driver"] }>("/api/v1/driver/status", { method: "POST", body: { online } });
export const acceptOffer = (offerId: string) => requestJson<{ job: Job }>(`/api/v1/driver/offers/${offerId}/accept`, { method: "POST" });
export const declineOffer = (offerId: string) => requestJson<{ ok: true }>(`/api/v1/driver/offers/${offerId}/decline`, { method: "POST" });
export const pickUpJob = (orderId: string) => requestJson<{ job: Job }>(`/api/v1/driver/jobs/${orderId}/pickup`, { method: "POST" });
export const deliverJob = (orderId: string, code: string) =>
  requestJson<{ job: Job }>(`/api/v1/driver/jobs/${orderId}/deliver`, { method: "POST", body: { code } });
/** A batch the phone buffered while offline (POST /api/v1/driver/location takes up to 100). */
export const uploadPositions = (points: BufferedPoint[]) =>
  requestJson<{ accepted: number; dropped: number }>("/api/v1/driver/location", { method: "POST", body: { points } });
