// Where a bench's PostgreSQL time goes, statement by statement, from pg_stat_statements: the
// statements the run's database executed in a measured window, ranked by total execution time,
// per unit of work (per order). Only when the server loads the library
// (shared_preload_libraries); the extension is created in the bench's own database. Printed,
// never asserted: execution time is wall time inside PostgreSQL (lock waits included), so it
// ranks statements; the CPU figures stay the bench's /proc counts.
import type pg from "pg";

export interface StatementCosts {
  /** Every statement of the window, by query id. */
  byQuery: Map<string, { query: string; calls: number; ms: number; rows: number }>;
  elapsedMs: number;
}

/** Whether pg_stat_statements can be read on `db`'s database (created there if it must be). */
export async function enableStatementStats(db: pg.Client): Promise<boolean> {
  const { rows } = await db.query<{ loaded: boolean }>(`SELECT 'pg_stat_statements' = ANY(string_to_array(replace(current_setting('shared_preload_libraries'), ' ', ''), ',')) AS loaded`);
  if (!rows[0]?.loaded) return false;
  await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  return true;
}

/** Forgets this database's statements (other databases on the server keep theirs). */
export async function resetStatementStats(db: pg.Client): Promise<void> {
  await db.query(`SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)`);
}

/** This database's statements since the last reset, `elapsedMs` being that window's length. */
export async function readStatementStats(db: pg.Client, elapsedMs: number): Promise<StatementCosts> {
  const { rows } = await db.query<{ queryid: string; query: string; calls: string; ms: number; rows: string }>(`
    SELECT queryid::text, query, calls, total_exec_time AS ms, rows
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`);
  const byQuery = new Map(rows.map((r) => [r.queryid, { query: r.query, calls: Number(r.calls), ms: r.ms, rows: Number(r.rows) }]));
  return { byQuery, elapsedMs };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The `top` statements of `busy` by execution time and the `top` by calls, per unit (`units`
 * of work done in it): calls and ms per unit, and the same net of what the idle window ran at
 * its rate (polling), plus the totals over every statement.
 */
export function topStatements(busy: StatementCosts, idle: StatementCosts | null, units: number, top: number) {
  const perUnit = (n: number) => n / Math.max(units, 1);
  const idleRate = (queryId: string, field: "calls" | "ms") => {
    const stat = idle?.byQuery.get(queryId);
    return stat && idle ? (stat[field] / idle.elapsedMs) * busy.elapsedMs : 0;
  };
  const ranked = [...busy.byQuery.entries()]
    .map(([queryId, s]) => ({
      msPerOrder: round(perUnit(s.ms), 3),
      callsPerOrder: round(perUnit(s.calls), 3),
      netMsPerOrder: round(perUnit(s.ms - idleRate(queryId, "ms")), 3),
      netCallsPerOrder: round(perUnit(s.calls - idleRate(queryId, "calls")), 3),
      meanMs: round(s.ms / Math.max(s.calls, 1), 3),
      rowsPerCall: round(s.rows / Math.max(s.calls, 1), 1),
      query: s.query.replace(/\s+/g, " ").trim().slice(0, 160),
    }))
    .sort((a, b) => b.msPerOrder - a.msPerOrder);
  const byCalls = [...ranked].sort((a, b) => b.callsPerOrder - a.callsPerOrder);
  const total = (field: "msPerOrder" | "callsPerOrder" | "netMsPerOrder" | "netCallsPerOrder") => round(ranked.reduce((sum, s) => sum + s[field], 0), 3);
  return {
    statements: ranked.length,
    total: { msPerOrder: total("msPerOrder"), callsPerOrder: total("callsPerOrder"), netMsPerOrder: total("netMsPerOrder"), netCallsPerOrder: total("netCallsPerOrder") },
    byTime: ranked.slice(0, top),
    byCalls: byCalls.slice(0, top),
  };
}

/** The rankings as aligned text tables. */
export function formatTopStatements(ranking: ReturnType<typeof topStatements>, unit: string): string {
  return [
    `PostgreSQL statements per ${unit} (pg_stat_statements; "net": less the idle window's rate), ${ranking.statements} in all`,
    `by execution time:`,
    statementTable(ranking.byTime, ranking.total),
    `by calls:`,
    statementTable(ranking.byCalls, ranking.total),
  ].join("\n");
}

type Ranking = ReturnType<typeof topStatements>;

function statementTable(rows: Ranking["byTime"], total: Ranking["total"]): string {
  const head = ["ms", "net ms", "calls", "net calls", "mean ms", "rows", "statement"];
  const lines = [
    ...rows.map((s) => [s.msPerOrder, s.netMsPerOrder, s.callsPerOrder, s.netCallsPerOrder, s.meanMs, s.rowsPerCall, s.query].map(String)),
    [total.msPerOrder, total.netMsPerOrder, total.callsPerOrder, total.netCallsPerOrder, "", "", "total (every statement)"].map(String),
  ];
  const widths = head.slice(0, -1).map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => (i < widths.length ? c.padStart(widths[i]!) : c)).join("  ");
  return [row(head), ...lines.map(row)].join("\n");
}
