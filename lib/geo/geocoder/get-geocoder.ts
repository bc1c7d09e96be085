// The geocoder GEOCODER_PROVIDER names (lib/env.ts checks GEOCODER_URL is set for the HTTP ones).
import { env } from "@/lib/env";
import type { Geocoder } from "./geocoder";
import { httpGeocoder } from "./http-geocoder";
import { offlineGeocoder } from "./offline-geocoder";

let chosen: Geocoder | undefined;

export function getGeocoder(): Geocoder {
  chosen ??=
    env.GEOCODER_PROVIDER === "offline"
      ? offlineGeocoder
      : httpGeocoder({ provider: env.GEOCODER_PROVIDER, baseUrl: env.GEOCODER_URL!, timeoutMs: env.GEOCODER_TIMEOUT_MS, userAgent: env.GEOCODER_USER_AGENT });
  return chosen;
}
