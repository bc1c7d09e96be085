import { z } from "zod";
import { isPublicUrl, publicBaseUrl } from "@/lib/http/public-url";
import { SOCKET_ADAPTERS } from "@/lib/realtime/socket-adapters";

// Every variable the processes read, validated once at start (documented in .env.example).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** A streaming replica for browse, search and menu reads (lib/db/read-client.ts); unset: they read DATABASE_URL. */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Replica reads fall back to the primary while the replica is this far behind (ms) or unreachable. */
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** How often the replica's reachability and lag are checked while it is used (ms). */
  DATABASE_REPLICA_CHECK_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /**
   * The connection LISTEN/NOTIFY uses when DATABASE_URL goes through a transaction-mode pooler
   * (PgBouncer), which cannot hold a LISTEN: the primary directly, or a session-mode pool. Unset: DATABASE_URL.
   */
  DATABASE_LISTEN_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Redis through Sentinel: comma-separated host:port of the Sentinels (used instead of REDIS_URL), and the primary's name. */
  REDIS_SENTINELS: z
    .string()
    .regex(/^\s*[^\s,:]+:\d+\s*(,\s*[^\s,:]+:\d+\s*)*$/, "must be host:port[,host:port…]")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  REDIS_SENTINEL_MASTER: z.string().min(1).default("swifteats"),
  /** Redis: how long to wait for a connection (and for a byte back on a busy one), and for any one command (queued ones included). */
  REDIS_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Redis circuit breaker: consecutive failures that open it, and how long until one trial call. */
  REDIS_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  REDIS_BREAKER_HALF_OPEN_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /**
   * The realtime servers' Socket.IO adapter on Redis: sharded (Redis ≥ 7 sharded Pub/Sub, a
   * channel per room) or classic (one pattern subscription; kept for comparison, docs/capacity.md).
   */
  SOCKET_ADAPTER: z.enum(SOCKET_ADAPTERS).default("sharded"),
  /** With REDIS_URL set: GET /api/health answers 503 while Redis is unreachable (take the instance out of rotation). */
  HEALTH_REQUIRES_REDIS: z.stringbool().default(true),
  /**
   * Hot statements prepared once per connection (lib/db/sql.ts `prepared`). Set false when
   * DATABASE_URL goes through a transaction-mode PgBouncer older than 1.21 (≥ 1.21: set its
   * `max_prepared_statements` and leave this on).
   */
  DATABASE_PREPARED_STATEMENTS: z.stringbool().default(true),
  /** PostgreSQL: longest a statement may run (0: no limit), and longest a request waits for a pooled connection. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  REALTIME_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /**
   * Where browsers reach the realtime server when it is not the page's host at REALTIME_PORT
   * (behind a proxy, another domain). An origin only: socket.io-client reads a path as a namespace.
   */
  REALTIME_PUBLIC_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const url = URL.canParse(value) ? new URL(value) : null;
      if (url && /^https?:$/.test(url.protocol) && url.pathname === "/" && !url.search) return url.origin;
      ctx.addIssue({ code: "custom", message: "must be an http(s) origin such as https://rt.example.com, without a path" });
      return z.NEVER;
    }),
  /** Extra browser origins (comma-separated) allowed to open sockets, e.g. behind a proxy. */
  WEB_ORIGINS: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Where people open the site (links in QR codes, emails, push); see lib/http/public-url.ts. */
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isPublicUrl(v), "must be an http(s) URL such as https://eats.example.com, without query or fragment"),
  /** Absolute lifetime of a session: it ends this long after sign-in, however busy (default 7 days). */
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(60).max(31_536_000).default(604_800),
  /** A session unused this long ends (default 24 hours; last use is recorded at most once a minute). */
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(60).max(31_536_000).default(86_400),
  /** Wrong passwords per account, and per address, within SIGN_IN_LOCKOUT_SECONDS before 429. */
  SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  SIGN_IN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Sign-ups per hour from one address (each costs a password hash and an email). */
  SIGN_UPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Show the demo logins on the sign-in page (the launcher sets it when it seeds the demo). */
  SHOW_DEMO_LOGINS: z.stringbool().default(false),
  /** Shared secret of payment webhooks (default: derived from NEXTAUTH_SECRET). */
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** How long checkout waits for the payment provider before failing the payment. */
  PAYMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** Simulated provider: answer time of the "slow" test card, delay of async confirmations. */
  SIM_PAYMENT_SLOW_MS: z.coerce.number().int().min(0).max(120_000).default(8000),
  SIM_PAYMENT_ASYNC_MS: z.coerce.number().int().min(0).max(120_000).default(1500),
  /** Folder for uploaded files (menu photos), relative to the working directory or absolute. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  /** How long a driver has to accept a delivery offer before it goes to the next driver. */
  DISPATCH_OFFER_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  /** Drivers farther than this from the restaurant (straight line) are not offered its orders. */
  DISPATCH_RADIUS_METERS: z.coerce.number().int().min(100).max(100_000).default(5000),
  /** GPS history (driver_positions) older than this is deleted by the worker, in batches. */
  DRIVER_POSITION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Orders accepted per minute from one IP address (customers and tablets together). */
  ORDERS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Chain monitoring: multiplies every rule's grace period (0.01 in tests and e2e: seconds, not minutes). */
  MONITORING_GRACE_SCALE: z.coerce.number().min(0).max(100).default(1),
  /** How often the worker re-evaluates every outlet (changes are also evaluated at once). */
  MONITORING_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  /** An incident still open this long sends one escalation reminder. */
  MONITORING_ESCALATE_AFTER_MINUTES: z.coerce.number().min(0.01).max(10_080).default(120),
  /** How long a partner status feed may take to answer before the poll counts as UNKNOWN. */
  MONITORING_FEED_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** Base URL of the partner status feeds for PARTNER channels without their own feedUrl (npm run partner-feed). */
  PARTNER_FEED_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  /** Port of the simulated partner feed (npm run partner-feed; the launcher uses PORT + 2). */
  PARTNER_FEED_PORT: z.coerce.number().int().min(1).max(65535).default(3002),
  /** SMTP server for alert emails (smtp://user:pass@host:587); unset: emails are only captured for the outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional().or(z.literal("").transform(() => undefined)),
  /** SMTP: connecting, greeting and each command may take at most this long. */
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  MAIL_FROM: z.string().min(3).default("Swift Eats alerts <alerts@swifteats.test>"),
  /**
   * Who may say where a request came from (rate limits per address): proxy addresses/CIDRs
   * (comma-separated, also "loopback", "uniquelocal") or a hop count. Unset: only the
   * connection's peer address counts and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXIES: z.string().optional(),
  /** Largest JSON request body read (bytes); larger ones are refused 413 while streaming. */
  JSON_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(64 * 1024),
  /** Largest payment webhook body read (bytes). */
  WEBHOOK_BODY_LIMIT_BYTES: z.coerce.number().int().min(256).max(1_000_000).default(16 * 1024),
  /** Per-outlet caps: tables, menu items (not archived) and categories an outlet can have. */
  MAX_TABLES_PER_OUTLET: z.coerce.number().int().min(1).default(200),
  MAX_ITEMS_PER_OUTLET: z.coerce.number().int().min(1).default(1000),
  MAX_CATEGORIES_PER_OUTLET: z.coerce.number().int().min(1).default(100),
  /** Comments one incident can have (the list is read whole). */
  MAX_COMMENTS_PER_INCIDENT: z.coerce.number().int().min(1).default(200),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Address search and reverse geocoding (lib/geo/geocoder/): the demo city's own table, or a Nominatim or Photon server at GEOCODER_URL. */
  GEOCODER_PROVIDER: z.enum(["offline", "nominatim", "photon"]).default("offline"),
  GEOCODER_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  /** How long one geocoder request may take before the answer is 503 unavailable. */
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
  /** Sent with every geocoder request; Nominatim's usage policy asks for one naming the application. */
  GEOCODER_USER_AGENT: z.string().min(3).default("SwiftEats/0.1 (food delivery demo)"),
}).refine((e) => e.GEOCODER_PROVIDER === "offline" || e.GEOCODER_URL, {
  path: ["GEOCODER_URL"],
  message: "is required when GEOCODER_PROVIDER is nominatim or photon",
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  // `next build` evaluates modules without a running database; nothing connects then.
  if (process.env.NEXT_PHASE === "phase-production-build") {
    return schema.parse({
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL || "postgresql://build@localhost/build",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "build-time-placeholder-secret-000000",
    });
  }
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = load();

/** Absolute URL of a page of the web app, for links that leave the browser (emails, push, QR codes). */
export function appUrl(path: string, requestOrigin?: string): string {
  return `${publicBaseUrl(env, requestOrigin)}${path}`;
}
