// A Nominatim or Photon server at GEOCODER_URL. Any failure (timeout, refused, non-2xx, an
// answer we cannot read) is a 503 `unavailable` for the caller, logged without the query
// (an address is personal data): the customer can still place the pin on the map.
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";
import type { LatLng } from "@/lib/geo/geohash";
import type { AddressSuggestion, Geocoder } from "./geocoder";
import { parseNominatimReverse, parseNominatimSearch } from "./parse-nominatim";
import { parsePhotonFeatures } from "./parse-photon";

export interface HttpGeocoderOptions {
  provider: "nominatim" | "photon";
  baseUrl: string;
  timeoutMs: number;
  userAgent: string;
}

const unavailable = () => new AppError(503, "The address service is not answering; try again, or place the pin on the map", "unavailable", undefined, { "retry-after": "5" });

export function httpGeocoder(options: HttpGeocoderOptions): Geocoder {
  const base = options.baseUrl.replace(/\/+$/, "");

  async function getJson(path: string, params: Record<string, string | number | undefined>): Promise<unknown> {
    const url = new URL(`${base}${path}`);
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, String(value));
    try {
      const res = await fetch(url, {
        headers: { accept: "application/json", "user-agent": options.userAgent },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (!res.ok) throw new Error(`answered ${res.status}`);
      return await res.json();
    } catch (error) {
      logger.warn("geocoder request failed", { provider: options.provider, path, error: error instanceof Error ? error.message : String(error) });
      throw unavailable();
    }
  }

  /** Parses an answer; one we cannot read counts as the service failing, not as "no address". */
  function read<T>(parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      logger.warn("geocoder answer unreadable", { provider: options.provider, error: error instanceof Error ? error.message : String(error) });
      throw unavailable();
    }
  }

  if (options.provider === "photon") {
    return {
      name: "photon",
      async search(query, { near, limit }) {
        const body = await getJson("/api", { q: query, limit, lat: near?.lat, lon: near?.lng });
        return read(() => parsePhotonFeatures(body)).slice(0, limit);
      },
      async reverse(point: LatLng): Promise<AddressSuggestion | null> {
        const body = await getJson("/reverse", { lat: point.lat, lon: point.lng, limit: 1 });
        return read(() => parsePhotonFeatures(body))[0] ?? null;
      },
    };
  }
  return {
    name: "nominatim",
    async search(query, { near, limit }) {
      // Nominatim has no "near" ranking: a viewbox of ~10 km around it prefers (not restricts to) that area.
      const viewbox = near && [near.lng - 0.08, near.lat + 0.05, near.lng + 0.08, near.lat - 0.05].join(",");
      const body = await getJson("/search", { q: query, format: "jsonv2", addressdetails: 1, limit, viewbox: viewbox || undefined });
      return read(() => parseNominatimSearch(body)).slice(0, limit);
    },
    async reverse(point) {
      const body = await getJson("/reverse", { lat: point.lat, lon: point.lng, format: "jsonv2", addressdetails: 1, zoom: 18 });
      return read(() => parseNominatimReverse(body));
    },
  };
}
