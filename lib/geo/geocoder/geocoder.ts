// What every geocoder answers (the demo city's own table, or a Nominatim or Photon server):
// addresses a person can pick, each with the point the driver goes to.
import type { LatLng } from "@/lib/geo/geohash";

export interface AddressSuggestion {
  /** The whole address as shown in a list: "Damrak 1, 1012 Amsterdam". */
  label: string;
  /** Street and house number, as the delivery address line: "Damrak 1". */
  line1: string;
  city: string;
  lat: number;
  lng: number;
}

export interface Geocoder {
  readonly name: string;
  /** Up to `limit` addresses matching what was typed, those near `near` first when given. */
  search(query: string, options: { near: LatLng | null; limit: number }): Promise<AddressSuggestion[]>;
  /** The address at (or nearest to) a point; null when there is none close by. */
  reverse(point: LatLng): Promise<AddressSuggestion | null>;
}

/** The label shown for an address: "line1, postcode city", leaving out what is unknown. */
export function addressLabel(line1: string, postcode: string | null | undefined, city: string): string {
  const place = [postcode, city].filter(Boolean).join(" ");
  return place ? `${line1}, ${place}` : line1;
}
