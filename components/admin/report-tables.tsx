// The report's numbers as tables: best and worst outlets, every outlet with lost sales, and
// uptime per listing and channel by period.
import { formatCents } from "@/lib/money";
import type { ChainReport, OutletRow, PeriodFigures } from "@/lib/monitoring/reports/build-chain-report";
import { TableScroll } from "@/components/table-scroll";

const pct = (f: PeriodFigures) => (f.uptimePercent === null ? "–" : `${f.uptimePercent}%`);

function Ranked({ title, outlets, testId }: { title: string; outlets: OutletRow[]; testId: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {outlets.length === 0 ? (
        <p className="muted">No data.</p>
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
  return (
    <>
      <div className="admin-grid section">
        <Ranked title="Best outlets" outlets={report.best} testId="best-outlets" />
        <Ranked title="Worst outlets" outlets={report.worst} testId="worst-outlets" />
      </div>
      <section className="section" aria-labelledby="outlet-table-title">
        <h2 id="outlet-table-title">Outlets</h2>
        <TableScroll label="Outlets">
          <table>
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Uptime</th>
                <th scope="col">Down (min)</th>
                <th scope="col">Orders / open hour</th>
                <th scope="col">Average basket</th>
                <th scope="col">Estimated lost sales</th>
              </tr>
            </thead>
            <tbody>
              {report.outlets.map((o) => (
                <tr key={o.restaurantId}>
                  <td>{o.name}</td>
                  <td>{pct(o.total)}</td>
                  <td>{o.downMinutes}</td>
                  <td>{o.ordersPerOpenHour}</td>
                  <td>{formatCents(o.averageBasketCents)}</td>
                  <td>{formatCents(o.lostSalesCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="section" aria-labelledby="period-table-title">
        <h2 id="period-table-title">Uptime by {report.granularity}</h2>
        <TableScroll label={`Uptime by ${report.granularity}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">Listing / channel</th>
                {report.periods.map((p) => (
                  <th key={p.label} scope="col">
                    {p.label}
                  </th>
                ))}
                <th scope="col">All</th>
              </tr>
            </thead>
            <tbody>
              {report.channels.map((c) => (
                <tr key={c.channelCode}>
                  <th scope="row">All outlets · {c.channelName}</th>
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
