// Expected vs observed bands of one outlet over a local day, as SVG (renders on the server):
// the first row is when the outlet should be open, then one row per listing.
import { useLocale, useTranslations } from "next-intl";
import { FORMAT_TAGS } from "@/lib/i18n/locales";
import type { OutletTimeline } from "@/lib/monitoring/reports/build-outlet-timeline";

const WIDTH = 960;
const LABEL = 150;
const ROW = 26;
/** Room for the last hour label, centred on the right edge. */
const RIGHT_MARGIN = 20;
const COLOURS = { EXPECTED: "#74c0fc", ONLINE: "#2b8a3e", OFFLINE: "#c92a2a", PAUSED: "#e8590c", UNKNOWN: "#adb5bd" } as const;

export function OutletTimelineChart({ timeline, timeZone }: { timeline: OutletTimeline; timeZone: string }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const from = Date.parse(timeline.from);
  const span = Date.parse(timeline.to) - from;
  const x = (iso: string) => LABEL + ((Date.parse(iso) - from) / span) * (WIDTH - LABEL);
  const hour = new Intl.DateTimeFormat(FORMAT_TAGS[locale], { timeZone, hour: "2-digit", minute: "2-digit" });
  const rows = [
    { label: t("timeline.expectedOpen"), bands: timeline.expectedOpen.map((b) => ({ ...b, state: "EXPECTED" as const })) },
    ...timeline.listings.map((l) => ({ label: l.channelName, bands: l.bands })),
  ];
  const ticks = Array.from({ length: 9 }, (_, i) => new Date(from + (i * span) / 8).toISOString());
  const height = 24 + rows.length * ROW;

  return (
    <figure className="timeline card">
      <svg viewBox={`0 0 ${WIDTH + RIGHT_MARGIN} ${height}`} role="img" aria-label={t("timeline.chartLabel", { count: rows.length - 1 })}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={16} y2={height} stroke="#e6e2dd" />
            <text x={x(t)} y={11} textAnchor="middle" fill="#5f6368">
              {hour.format(new Date(t))}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = 20 + i * ROW;
          return (
            <g key={row.label} data-testid="timeline-row">
              <text x={0} y={y + 15} fill="#1d1d1f">
                {row.label}
              </text>
              <rect x={LABEL} y={y + 2} width={WIDTH - LABEL} height={ROW - 8} fill="#f8f9fa" />
              {row.bands.map((b) => (
                <rect key={b.start} x={x(b.start)} y={y + 2} width={Math.max(1, x(b.end) - x(b.start))} height={ROW - 8} fill={COLOURS[b.state]}>
                  <title>{`${row.label}: ${b.state === "EXPECTED" ? t("timeline.expectedOpenLegend") : t(`listingState.${b.state}`)} ${hour.format(new Date(b.start))}–${hour.format(new Date(b.end))}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="small muted">
        {Object.entries(COLOURS).map(([state, colour]) => (
          <span key={state} style={{ marginRight: 12 }}>
            <span aria-hidden style={{ color: colour }}>■</span> {state === "EXPECTED" ? t("timeline.expectedOpenLegend") : t(`listingState.${state as Exclude<keyof typeof COLOURS, "EXPECTED">}`)}
          </span>
        ))}
        · {t("timeline.blank")}
      </figcaption>
    </figure>
  );
}
