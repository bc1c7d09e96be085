// Time-ordered UUIDs (RFC 9562 version 7 layout) for bulk inserts. Random v4 ids scatter
// every insert across each primary-key and foreign-key index; once those outgrow the
// buffer cache the seed slows down severalfold (page misses, and a full-page WAL image
// for nearly every page touched after each checkpoint). v7 ids grow with time, so inserts
// append to the right edge of the indexes.
import { randomBytes } from "node:crypto";

/**
 * The first 20 hex digits (with dashes) of a v7 UUID: 48-bit millisecond timestamp,
 * version 7, 12 random bits, the RFC variant and 14 more random bits. The caller appends a
 * 12-hex-digit counter (the rest of rand_b, which RFC 9562 allows to be a counter), so one
 * prefix numbers up to 2^48 rows in order.
 */
export function uuidV7Prefix(now = Date.now()): string {
  const time = now.toString(16).padStart(12, "0");
  const random = randomBytes(4);
  const randA = (random.readUInt16BE(0) & 0x0fff).toString(16).padStart(3, "0");
  const randB = ((random.readUInt16BE(2) & 0x3fff) | 0x8000).toString(16).padStart(4, "0");
  return `${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${randB}-`;
}

export function withCounter(prefix: string, counter: number): string {
  return prefix + counter.toString(16).padStart(12, "0");
}
