// One row per house number of every demo street, placed along the street's line by the
// number's share of the range (real numbering is roughly even along a street), odd numbers
// a few metres to the left of the direction of numbering and even ones to the right, as
// Dutch streets are numbered. Deterministic: the same rows on every seed.
import { DEMO_CITY, DEMO_STREETS, type DemoStreet } from "./demo-streets";

export interface StreetAddressRow {
  street: string;
  houseNumber: number;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
}

/** How far the two sides of a street are from its centre line. */
const SIDE_OFFSET_METERS = 8;
const METERS_PER_DEGREE_LAT = 111_320;

export function buildStreetAddresses(streets: DemoStreet[] = DEMO_STREETS): StreetAddressRow[] {
  return streets.flatMap((street) => {
    const rows: StreetAddressRow[] = [];
    for (let n = street.firstNumber; n <= street.lastNumber; n++) {
      const share = street.lastNumber === street.firstNumber ? 0 : (n - street.firstNumber) / (street.lastNumber - street.firstNumber);
      const { lat, lng } = pointAlong(street.line, share, n % 2 === 1 ? SIDE_OFFSET_METERS : -SIDE_OFFSET_METERS);
      rows.push({ street: street.name, houseNumber: n, postcode: street.postcode, city: DEMO_CITY, lat: round(lat), lng: round(lng) });
    }
    return rows;
  });
}

/** The point at `share` of the line's length, moved `sideMeters` to its left (negative: right). */
function pointAlong(line: [number, number][], share: number, sideMeters: number) {
  // Flat metres around the line's start: exact enough over a few kilometres.
  const metersPerDegreeLng = METERS_PER_DEGREE_LAT * Math.cos((line[0]![0] * Math.PI) / 180);
  const points = line.map(([lat, lng]) => ({ x: lng * metersPerDegreeLng, y: lat * METERS_PER_DEGREE_LAT }));
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let remaining = share * lengths.reduce((a, b) => a + b, 0);
  let i = 0;
  while (i < lengths.length - 1 && remaining > lengths[i]!) remaining -= lengths[i++]!;
  const from = points[i]!;
  const to = points[i + 1]!;
  const t = lengths[i]! === 0 ? 0 : remaining / lengths[i]!;
  const ux = (to.x - from.x) / lengths[i]!;
  const uy = (to.y - from.y) / lengths[i]!;
  // Left of the direction (ux, uy) is (-uy, ux).
  const x = from.x + (to.x - from.x) * t - uy * sideMeters;
  const y = from.y + (to.y - from.y) * t + ux * sideMeters;
  return { lat: y / METERS_PER_DEGREE_LAT, lng: x / metersPerDegreeLng };
}

const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
