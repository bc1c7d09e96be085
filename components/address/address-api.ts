"use client";
// The browser's calls to the geocoding API (app/api/v1/geocode/*).
import type { AddressSuggestion } from "@/lib/geo/geocoder/geocoder";
import type { LatLng } from "@/lib/geo/geohash";

export type { AddressSuggestion };

export class GeocodeUnavailableError extends Error {}

async function getJson<T>(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${path}?${new URLSearchParams(params)}`, { signal });
  if (res.status === 503 || res.status === 429) throw new GeocodeUnavailableError("Address search is not available right now");
  if (!res.ok) throw new Error(`Address search answered ${res.status}`);
  return (await res.json()) as T;
}

export async function searchAddresses(query: string, near: LatLng | null, signal?: AbortSignal): Promise<AddressSuggestion[]> {
  const params: Record<string, string> = { q: query };
  if (near) Object.assign(params, { lat: near.lat.toFixed(5), lng: near.lng.toFixed(5) });
  return (await getJson<{ suggestions: AddressSuggestion[] }>("/api/v1/geocode/search", params, signal)).suggestions;
}

export async function reverseGeocode(point: LatLng, signal?: AbortSignal): Promise<AddressSuggestion | null> {
  const params = { lat: point.lat.toFixed(6), lng: point.lng.toFixed(6) };
  return (await getJson<{ address: AddressSuggestion | null }>("/api/v1/geocode/reverse", params, signal)).address;
}
