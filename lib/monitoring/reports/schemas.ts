// Query parameters of the report pages and CSV routes: local calendar dates in the chain's
// time zone, both ends included.
import { z } from "zod";

/** At most this many days per report: enough for a quarter, bounded work per request. */
export const MAX_REPORT_DAYS = 92;
const DEFAULT_DAYS = 7;

const localDate = z.iso.date();

export const reportQuerySchema = z
  .object({
    from: localDate.optional(),
    to: localDate.optional(),
    granularity: z.enum(["day", "week"]).default("day"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) < MAX_REPORT_DAYS, { message: `at most ${MAX_REPORT_DAYS} days`, path: ["to"] });

export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const timelineQuerySchema = z.object({ date: localDate.optional() });

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The report's first and last local dates: the given ones, else the week up to `today`. */
export function reportDates(query: ReportQuery, today: string): { from: string; to: string } {
  const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_DAYS - 1) : today);
  return { from: query.from ?? addDays(to, -(DEFAULT_DAYS - 1)), to };
}

/** URL search params (first value of each) as a plain object for the schemas. */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

/** Path ids: a malformed one names nothing (404), rather than reaching the database. */
export const isUuid = (id: string) => z.uuid().safeParse(id).success;
