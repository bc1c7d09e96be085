// The built-in geocoder: the demo city's street addresses (street_addresses, seeded from
// prisma/seed/streets/). The street is matched by trigram word similarity, so prefixes and
// small typos find it ("Prinsengr", "damrk"); the house number by its leading digits ("1"
// offers 1, 10, 11…, the exact number first). Reverse is the nearest address within a
// short walk, found through the (lat, lng) index.
import { onReplica } from "@/lib/db/read-client";
import { boundingBox } from "@/lib/catalog/bounding-box";
import type { LatLng } from "@/lib/geo/geohash";
import { addressLabel, type AddressSuggestion, type Geocoder } from "./geocoder";
import { splitAddressQuery } from "./split-address-query";

/** Streets considered before their numbers are listed. */
const STREETS = 6;
/** A point farther than this from every known address has no address. */
const REVERSE_RADIUS_METERS = 150;

interface Row {
  street: string;
  house_number: number;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
}

const toSuggestion = (r: Row): AddressSuggestion => {
  const line1 = `${r.street} ${r.house_number}`;
  return { label: addressLabel(line1, r.postcode, r.city), line1, city: r.city, lat: r.lat, lng: r.lng };
};

export const offlineGeocoder: Geocoder = {
  name: "offline",

  async search(query, { near, limit }) {
    const { street, houseNumber } = splitAddressQuery(query);
    if (street.length < 2) return [];
    // Without a point, every street is equally near (0).
    const lat = near?.lat ?? null;
    const lng = near?.lng ?? null;
    const rows = await onReplica((db) => db.$queryRaw<Row[]>`
      WITH typed AS (SELECT search_normalize(${street}) AS text),
      streets AS (
        SELECT a.city, a.street,
               min(typed.text <<-> search_normalize(a.street)) AS distance,
               bool_or(search_normalize(a.street) LIKE typed.text || '%') AS prefix,
               COALESCE(min((a.lat - ${lat}::float8) ^ 2 + ((a.lng - ${lng}::float8) * cos(radians(${lat}::float8))) ^ 2), 0) AS away
        FROM street_addresses a, typed
        WHERE typed.text <% search_normalize(a.street)
        GROUP BY a.city, a.street
        ORDER BY prefix DESC, distance, away
        LIMIT ${STREETS}::int
      ),
      numbered AS (
        SELECT a.street, a.house_number, a.postcode, a.city, a.lat, a.lng, s.prefix, s.distance, s.away,
               row_number() OVER (PARTITION BY a.city, a.street ORDER BY a.house_number::text = ${houseNumber}::text DESC, a.house_number) AS nth
        FROM streets s JOIN street_addresses a USING (city, street)
        WHERE ${houseNumber}::text IS NULL OR a.house_number::text LIKE ${houseNumber}::text || '%'
      )
      SELECT street, house_number, postcode, city, lat, lng FROM numbered
      -- Without a number, one address per street (its first): the list offers streets.
      WHERE ${houseNumber}::text IS NOT NULL OR nth = 1
      ORDER BY prefix DESC, distance, away, nth
      LIMIT ${limit}::int`);
    return rows.map(toSuggestion);
  },

  async reverse(point: LatLng) {
    const box = boundingBox(point.lat, point.lng, REVERSE_RADIUS_METERS);
    const [row] = await onReplica((db) => db.$queryRaw<Row[]>`
      SELECT street, house_number, postcode, city, lat, lng FROM street_addresses
      WHERE lat BETWEEN ${box.minLat} AND ${box.maxLat} AND lng BETWEEN ${box.minLng} AND ${box.maxLng}
      ORDER BY (lat - ${point.lat}) ^ 2 + ((lng - ${point.lng}) * cos(radians(${point.lat}::float8))) ^ 2
      LIMIT 1`);
    return row ? toSuggestion(row) : null;
  },
};
