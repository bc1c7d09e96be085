// The driver HTTP API (app/api/v1/driver/**) as the simulator calls it, with the session
// cookie. Only the fields the simulator needs are typed; the server's answers are the contract.
import type { LatLng } from "@/lib/geo/geohash";

export interface SimOffer {
  id: string;
  orderId: string;
  restaurant: LatLng & { name: string };
  dropoff: LatLng & { address: string };
  expiresAt: string;
}

export interface SimJob {
  orderId: string;
  status: string;
  restaurant: LatLng & { name: string };
  dropoff: LatLng & { address: string };
}

export interface DriverMe {
  driver: { id: string; name: string; vehicle: "BICYCLE" | "SCOOTER" | "CAR"; status: "OFFLINE" | "AVAILABLE" | "ON_DELIVERY" };
  offer: SimOffer | null;
  job: SimJob | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export function driverApi(baseUrl: string, cookie: string) {
  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // lib/api/errors.ts: every error is `{ error: message, code }`.
    const json = (await res.json().catch(() => ({}))) as { error?: string; code?: string };
    if (!res.ok) throw new ApiError(res.status, json.code, `${method} ${path}: ${res.status} ${json.error ?? ""}`.trim());
    return json as T;
  }
  return {
    me: () => call<DriverMe>("GET", "/api/v1/driver/me"),
    setOnline: (online: boolean) => call<{ driver: DriverMe["driver"] }>("POST", "/api/v1/driver/status", { online }),
    accept: (offerId: string) => call<{ job: SimJob }>("POST", `/api/v1/driver/offers/${offerId}/accept`),
    decline: (offerId: string) => call<{ ok: true }>("POST", `/api/v1/driver/offers/${offerId}/decline`),
    pickUp: (orderId: string) => call<{ job: SimJob }>("POST", `/api/v1/driver/jobs/${orderId}/pickup`),
    deliver: (orderId: string, code: string) => call<{ job: SimJob }>("POST", `/api/v1/driver/jobs/${orderId}/deliver`, { code }),
  };
}

export type DriverApi = ReturnType<typeof driverApi>;
