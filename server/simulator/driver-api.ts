// The driver HTTP API (app/api/v1/driver/**) as the simulator calls it, with the session
// cookie. Payloads are lib/dispatch/views.ts's Offer and Job.
import type { Jsonified } from "@/lib/api/jsonified";
import type { Job } from "@/lib/dispatch/views";
import type { getDriverHome } from "@/lib/dispatch/get-driver-home";

export type DriverMe = Jsonified<Awaited<ReturnType<typeof getDriverHome>>>;

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
    setOnline: (online: boolean) => call<{ driver: Partial<DriverMe["driver"]> }>("POST", "/api/v1/driver/status", { online }),
    accept: (offerId: string) => call<{ job: Job }>("POST", `/api/v1/driver/offers/${offerId}/accept`),
    decline: (offerId: string) => call<{ ok: true }>("POST", `/api/v1/driver/offers/${offerId}/decline`),
    pickUp: (orderId: string) => call<{ job: Job }>("POST", `/api/v1/driver/jobs/${orderId}/pickup`),
    deliver: (orderId: string, code: string) => call<{ job: Job }>("POST", `/api/v1/driver/jobs/${orderId}/deliver`, { code }),
  };
}

export type DriverApi = ReturnType<typeof driverApi>;
