// The report's numbers as tables: best and worst outlets, every outlet with lost sales, and
// uptime per listing and channel by period.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import type { ChainReport, OutletRow, PeriodFigures } from "@/lib/monitoring/reports/build-chain-report";
import { TableScroll } from "@/components/table-scroll";

/** An uptime as a percentage in the reader's language ("99.5%", "99,5%"), a dash without data. */
function usePercent(): (f: PeriodFigures) => string {
  const format = useFormatter();
  return (f) => (f.uptimePercent === null ? "–" : format.number(f.uptimePercent / 100, { style: "percent", maximumFractionDigits: 1 }));
}

function Ranked({ title, outlets, testId }: { title: string; outlets: OutletRow[]; testId: string }) {
  const t = useTranslations("admin.reports");
  const pct = usePercent();
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {outlets.length === 0 ? (
        <p className="muted">{t("noData")}</p>
      ) : (
        <ol data-testid={testId}>
          {outlets.map((o) => (
            <li key={o.restaurantId}>
              {o.name}: {pct(o.total)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ReportTables({ report }: { report: ChainReport }) {
  const t = useTranslations("admin.reports");
  const locale = useLocale();
  const format = useFormatter();
  const pct = usePercent();
  const uptimeBy = t("uptimeBy", { granularity: report.granularity });
  return (
    <>
      <div className="admin-grid section">
        <Ranked title={t("best")} outlets={report.best} testId="best-outlets" />
        <Ranked title={t("worst")} outlets={report.worst} testId="worst-outlets" />
      </div>
      <section className="section" aria-labelledby="outlet-table-title">
        <h2 id="outlet-table-title">{t("outlets")}</h2>
        <TableScroll label={t("outlets")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("outlet")}</th>
                <th scope="col">{t("uptime")}</th>
                <th scope="col">{t("downMinutes")}</th>
                <th scope="col">{t("ordersPerHour")}</th>
                <th scope="col">{t("averageBasket")}</th>
                <th scope="col">{t("lostSales")}</th>
              </tr>
            </thead>
            <tbody>
              {report.outlets.map((o) => (
                <tr key={o.restaurantId}>
                  <td>{o.name}</td>
                  <td>{pct(o.total)}</td>
                  <td>{format.number(o.downMinutes)}</td>
                  <td>{format.number(o.ordersPerOpenHour)}</td>
                  <td>{formatCents(o.averageBasketCents, undefined, locale)}</td>
                  <td>{formatCents(o.lostSalesCents, undefined, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="section" aria-labelledby="period-table-title">
        <h2 id="period-table-title">{uptimeBy}</h2>
        <TableScroll label={uptimeBy}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("listingChannel")}</th>
                {report.periods.map((p) => (
                  <th key={p.label} scope="col">
                    {p.label}
                  </th>
                ))}
                <th scope="col">{t("all")}</th>
              </tr>
            </thead>
            <tbody>
              {report.channels.map((c) => (
                <tr key={c.channelCode}>
                  <th scope="row">{t("allOutlets", { channel: c.channelName })}</th>
                  {c.periods.map((f, i) => (
                    <td key={i}>{pct(f)}</td>
                  ))}
                  <td>{pct(c.total)}</td>
                </tr>
              ))}
              {report.listings.map((l) => (
                <tr key={l.listingId}>
                  <td>
                    {l.outletName} · {l.channelName}
                  </td>
                  {l.periods.map((f, i) => (
                    <td key={i}>{pct(f)}</td>
                  ))}
                  <td>{pct(l.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
