import type { RateLimit } from "@/lib/ratelimit/rate-limit";
import { env } from "@/lib/env";

/** Seed 004: a table may place at most 5 orders a minute. */
export const TABLE_ORDERS: RateLimit = { limit: 5, windowMs: 60_000 };
/** Checkout: generous for a person, tight for a script. */
export const CUSTOMER_ORDERS: RateLimit = { limit: 10, windowMs: 60_000 };
/** Public search and autocomplete: a keystroke-driven client stays well under it. */
export const SEARCH_PER_IP: RateLimit = { limit: 120, windowMs: 60_000 };
/** Orders from one address (many people behind one NAT, so generous; a load test raises it). */
export const ORDERS_PER_IP: RateLimit = { limit: env.ORDERS_PER_IP_PER_MINUTE, windowMs: 60_000 };
