"use client";
// Report charts (recharts): uptime per channel over the periods, and the outlets' uptime
// over the whole report, worst first (a long chain shows its 20 worst). The uptime axis is
// drawn from the data (./uptime-axis-domain.ts) and labelled, since it may not start at 0.
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChainReport } from "@/lib/monitoring/reports/build-chain-report";
import { uptimeAxisDomain } from "./uptime-axis-domain";

const PALETTE = ["#d9480f", "#364fc7", "#2b8a3e", "#862e9c", "#e67700", "#0b7285"];
const WORST_SHOWN = 20;

export function UptimeCharts({ report }: { report: ChainReport }) {
  const t = useTranslations("admin.reports");
  const format = useFormatter();
  const percent = (v: unknown) => (typeof v === "number" ? format.number(v / 100, { style: "percent", maximumFractionDigits: 1 }) : t("noDataPoint"));
  const tick = (v: number) => format.number(v / 100, { style: "percent", maximumFractionDigits: 0 });
  const byPeriod = report.periods.map((p, i) => ({
    period: p.label,
    ...Object.fromEntries(report.channels.map((c) => [c.channelName, c.periods[i]!.uptimePercent])),
  }));
  const outlets = report.outlets
    .filter((o) => o.total.uptimePercent !== null)
    .sort((a, b) => a.total.uptimePercent! - b.total.uptimePercent!)
    .slice(0, WORST_SHOWN)
    .map((o) => ({ name: o.name, uptime: o.total.uptimePercent }));
  const channelDomain = uptimeAxisDomain(report.channels.flatMap((c) => c.periods.map((p) => p.uptimePercent)));
  const outletDomain = uptimeAxisDomain(outlets.map((o) => o.uptime));

  return (
    <div className="admin-grid">
      <section className="card" aria-labelledby="channel-chart-title">
        <h2 id="channel-chart-title">{t("channelChart", { granularity: report.granularity })}</h2>
        <div className="chart-box" data-testid="channel-chart">
          <ResponsiveContainer>
            <LineChart data={byPeriod} margin={{ top: 10, right: 10, bottom: 0, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" fontSize={11} />
              <YAxis domain={channelDomain} tickFormatter={tick} fontSize={11} label={{ value: t("uptime"), angle: -90, position: "insideLeft", fontSize: 11 }} />
              <Tooltip formatter={percent} />
              <Legend />
              {report.channels.map((c, i) => (
                <Line key={c.channelCode} type="monotone" dataKey={c.channelName} stroke={PALETTE[i % PALETTE.length]} connectNulls dot isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </section>
      <section className="card" aria-labelledby="outlet-chart-title">
        <h2 id="outlet-chart-title">{t("outletChart")}</h2>
        <div className="chart-box" data-testid="outlet-chart">
          <ResponsiveContainer>
            <BarChart data={outlets} layout="vertical" margin={{ top: 10, right: 10, bottom: 16, left: 40 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" domain={outletDomain} tickFormatter={tick} fontSize={11} label={{ value: t("uptime"), position: "insideBottom", offset: -10, fontSize: 11 }} />
              <YAxis type="category" dataKey="name" width={120} fontSize={11} />
              <Tooltip formatter={percent} />
              <Bar dataKey="uptime" name={t("uptime")} fill="#d9480f" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </section>
    </div>
  );
}
