import type { RateLimit } from "@/lib/ratelimit/rate-limit";
import { env } from "@/lib/env";

/** Seed 004: a table may place at most 5 orders a minute. */
export const TABLE_ORDERS: RateLimit = { limit: 5, windowMs: 60_000 };
/** Checkout: generous for a person, tight for a script. */
export const CUSTOMER_ORDERS: RateLimit = { limit: 10, windowMs: 60_000 };
/** Public search and autocomplete: a keystroke-driven client stays well under it. */
export const SEARCH_PER_IP: RateLimit = { limit: 120, windowMs: 60_000 };
/** Address autocomplete and pin → address: each may cost a request to an outside geocoder. */
export const GEOCODE_PER_IP: RateLimit = { limit: 120, windowMs: 60_000 };
/** Orders from one address (many people behind one NAT, so generous; a load test raises it). */
export const ORDERS_PER_IP: RateLimit = { limit: env.ORDERS_PER_IP_PER_MINUTE, windowMs: 60_000 };

// Credential abuse: checked before the (deliberately slow) password hash.
const SIGN_IN_WINDOW_MS = env.SIGN_IN_LOCKOUT_SECONDS * 1000;
/** Wrong passwords for one account, from anywhere (a lockout window, not a ban). */
export const SIGN_IN_FAILURES_PER_ACCOUNT: RateLimit = { limit: env.SIGN_IN_FAILURES_PER_ACCOUNT, windowMs: SIGN_IN_WINDOW_MS, whenRedisDown: "local" };
/** Wrong passwords from one address, over any accounts (password spraying). */
export const SIGN_IN_FAILURES_PER_IP: RateLimit = { limit: env.SIGN_IN_FAILURES_PER_IP, windowMs: SIGN_IN_WINDOW_MS, whenRedisDown: "local" };
/** Sign-ups from one address: each costs a hash and an email. */
export const SIGN_UPS_PER_IP: RateLimit = { limit: env.SIGN_UPS_PER_IP_PER_HOUR, windowMs: 3_600_000, whenRedisDown: "local" };
/** Sign-ups naming one address: each sends that inbox a mail, so a stranger cannot flood it. */
export const SIGN_UPS_PER_EMAIL: RateLimit = { limit: 3, windowMs: 3_600_000, whenRedisDown: "local" };
