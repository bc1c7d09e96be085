import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { formatCents } from "@/lib/money";
import { getChainReport } from "@/lib/monitoring/reports/get-chain-report";
import { reportQuerySchema, searchParamsObject } from "@/lib/monitoring/reports/schemas";
import { PageTitle } from "@/components/admin/page-title";
import { ReportTables } from "@/components/admin/report-tables";
import { UptimeCharts } from "@/components/admin/uptime-charts";
import { duration } from "@/components/admin/admin-format";
import { chainFromParams, type AdminSearchParams } from "../chain-from-params";
import { orPageError } from "@/app/page-errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("reports.title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin/reports");
  const [t, format, locale] = await Promise.all([getTranslations("admin"), getFormatter(), getLocale()]);
  const { chains, chain } = await chainFromParams(actor, searchParams);
  if (!chain) return <p className="muted">{t("noChain")}</p>;
  const parsed = reportQuerySchema.safeParse(searchParamsObject(await searchParams));
  const query = parsed.success ? parsed.data : reportQuerySchema.parse({});
  const report = await orPageError(getChainReport(actor, chain.id, query));
  const { from: fromDay, to: lastDay } = report.dates;
  const csvQuery = new URLSearchParams({ from: fromDay, to: lastDay, granularity: report.granularity });
  const responseTime = (seconds: number | null) => {
    if (seconds === null) return "–";
    const d = duration(seconds, { withSeconds: true, hoursFrom: 120 });
    return t(`duration.${d.key}`, d.values);
  };
  const totals = report.outlets.reduce((t, o) => ({ expected: t.expected + o.total.expectedMinutes, online: t.online + o.total.onlineMinutes }), { expected: 0, online: 0 });

  return (
    <>
      <PageTitle title={t("reports.heading", { chain: chain.name })} chains={chains} chainId={chain.id} />
      <form className="actions" method="get" aria-label={t("reports.period")}>
        <input type="hidden" name="chain" value={chain.id} />
        <label>
          {t("reports.from")} <input type="date" name="from" defaultValue={fromDay} />
        </label>
        <label>
          {t("reports.to")} <input type="date" name="to" defaultValue={lastDay} />
        </label>
        <label>
          {t("reports.by")}{" "}
          <select name="granularity" defaultValue={report.granularity}>
            <option value="day">{t("reports.granularity.day")}</option>
            <option value="week">{t("reports.granularity.week")}</option>
          </select>
        </label>
        <button type="submit" className="button button-small">
          {t("reports.show")}
        </button>
        <a className="button button-small button-quiet" href={`/api/v1/chains/${chain.id}/reports/uptime.csv?${csvQuery}`} download>
          {t("reports.uptimeCsv")}
        </a>
        <a className="button button-small button-quiet" href={`/api/v1/chains/${chain.id}/reports/outlets.csv?${csvQuery}`} download>
          {t("reports.outletsCsv")}
        </a>
      </form>
      {!parsed.success && (
        <p className="form-error" role="alert">
          {t("reports.invalidDates")}
        </p>
      )}
      <p className="small muted">
        {t("reports.range", { from: fromDay, to: lastDay, timeZone: report.timeZone })}
      </p>

      <div className="stat-row section" data-testid="report-stats">
        <div className="stat">
          {t("reports.chainUptime")}{" "}
          <strong>{totals.expected ? format.number(Math.round((totals.online / totals.expected) * 1000) / 1000, { style: "percent", maximumFractionDigits: 1 }) : "–"}</strong>
        </div>
        <div className="stat">
          {t("reports.incidents")} <strong>{format.number(report.responseTimes.incidents)}</strong>
        </div>
        <div className="stat">
          {t("reports.mtta")} <strong>{responseTime(report.responseTimes.mttaSeconds)}</strong>
        </div>
        <div className="stat">
          {t("reports.mttr")} <strong>{responseTime(report.responseTimes.mttrSeconds)}</strong>
        </div>
        <div className="stat">
          {t("reports.lostSales")} <strong>{formatCents(report.lostSalesCents, undefined, locale)}</strong>
        </div>
      </div>
      {report.outlets.every((o) => o.total.uptimePercent === null) ? (
        <p className="muted card">{t("reports.nothing")}</p>
      ) : (
        <>
          <UptimeCharts report={report} />
          <ReportTables report={report} />
        </>
      )}
      <p className="small muted">
        {t("reports.lostSalesNote")} <Link href={`/admin?chain=${chain.id}`}>{t("reports.backToLive")}</Link>
      </p>
    </>
  );
}
