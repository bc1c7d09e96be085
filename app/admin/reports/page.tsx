import type { Metadata } from "next";
import Link from "next/link";
import { requireSurface } from "@/lib/auth/session";
import { formatCents } from "@/lib/money";
import { getChainReport } from "@/lib/monitoring/reports/get-chain-report";
import { reportQuerySchema, searchParamsObject } from "@/lib/monitoring/reports/schemas";
import { PageTitle } from "@/components/admin/page-title";
import { ReportTables } from "@/components/admin/report-tables";
import { UptimeCharts } from "@/components/admin/uptime-charts";
import { chainFromParams, type AdminSearchParams } from "../chain-from-params";
import { orPageError } from "@/app/page-errors";

export const metadata: Metadata = { title: "Availability reports" };

function duration(seconds: number | null): string {
  if (seconds === null) return "–";
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export default async function ReportsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin/reports");
  const { chains, chain } = await chainFromParams(actor, searchParams);
  if (!chain) return <p className="muted">No chain is linked to your account yet.</p>;
  const parsed = reportQuerySchema.safeParse(searchParamsObject(await searchParams));
  const query = parsed.success ? parsed.data : reportQuerySchema.parse({});
  const report = await orPageError(getChainReport(actor, chain.id, query));
  const { from: fromDay, to: lastDay } = report.dates;
  const csvQuery = new URLSearchParams({ from: fromDay, to: lastDay, granularity: report.granularity });
  const totals = report.outlets.reduce((t, o) => ({ expected: t.expected + o.total.expectedMinutes, online: t.online + o.total.onlineMinutes }), { expected: 0, online: 0 });

  return (
    <>
      <PageTitle title={`${chain.name}: reports`} chains={chains} chainId={chain.id} />
      <form className="actions" method="get" aria-label="Report period">
        <input type="hidden" name="chain" value={chain.id} />
        <label>
          From <input type="date" name="from" defaultValue={fromDay} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={lastDay} />
        </label>
        <label>
          By{" "}
          <select name="granularity" defaultValue={report.granularity}>
            <option value="day">day</option>
            <option value="week">week</option>
          </select>
        </label>
        <button type="submit" className="button button-small">
          Show
        </button>
        <a className="button button-small button-quiet" href={`/api/v1/chains/${chain.id}/reports/uptime.csv?${csvQuery}`} download>
          Uptime CSV
        </a>
        <a className="button button-small button-quiet" href={`/api/v1/chains/${chain.id}/reports/outlets.csv?${csvQuery}`} download>
          Outlets &amp; lost sales CSV
        </a>
      </form>
      {!parsed.success && (
        <p className="form-error" role="alert">
          {parsed.error.issues[0]?.message ?? "Those dates are not valid"}: showing the last 7 days.
        </p>
      )}
      <p className="small muted">
        {fromDay} to {lastDay} ({report.timeZone}). Uptime: time observed online during expected opening hours, from when monitoring of each listing began.
      </p>

      <div className="stat-row section" data-testid="report-stats">
        <div className="stat">
          Chain uptime <strong>{totals.expected ? `${Math.round((totals.online / totals.expected) * 1000) / 10}%` : "–"}</strong>
        </div>
        <div className="stat">
          Incidents <strong>{report.responseTimes.incidents}</strong>
        </div>
        <div className="stat">
          MTTA <strong>{duration(report.responseTimes.mttaSeconds)}</strong>
        </div>
        <div className="stat">
          MTTR <strong>{duration(report.responseTimes.mttrSeconds)}</strong>
        </div>
        <div className="stat">
          Estimated lost sales <strong>{formatCents(report.lostSalesCents)}</strong>
        </div>
      </div>
      {report.outlets.every((o) => o.total.uptimePercent === null) ? (
        <p className="muted card">No listing was observed during opening hours in this period yet: nothing to report.</p>
      ) : (
        <>
          <UptimeCharts report={report} />
          <ReportTables report={report} />
        </>
      )}
      <p className="small muted">
        Lost sales: minutes down during opening hours (averaged over the outlet&apos;s listings) × the outlet&apos;s orders per open minute over the last 28 days × its average basket.{" "}
        <Link href={`/admin?chain=${chain.id}`}>Back to live</Link>
      </p>
    </>
  );
}
