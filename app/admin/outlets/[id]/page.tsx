import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSurface } from "@/lib/auth/session";
import { getOutletTimeline } from "@/lib/monitoring/reports/get-outlet-timeline";
import { addDays, isUuid, timelineQuerySchema } from "@/lib/monitoring/reports/schemas";
import { OutletTimelineChart } from "@/components/admin/outlet-timeline-chart";
import { TableScroll } from "@/components/table-scroll";
import type { AdminSearchParams } from "../../chain-from-params";
import { orPageError } from "@/app/page-errors";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

export const metadata: Metadata = { title: "Outlet timeline" };

export default async function OutletTimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: AdminSearchParams }) {
  const { id } = await params;
  const actor = await requireSurface("admin", `/admin/outlets/${id}`);
  if (!isUuid(id)) notFound();
  const query = timelineQuerySchema.safeParse(await searchParams);
  const page = await orPageError(getOutletTimeline(actor, id, query.success ? query.data.date : undefined));
  const chain = `chain=${page.outlet.chainId}`;
  const bands = page.listings.flatMap((l) => l.bands.map((b) => ({ ...b, channel: l.channelName })));

  return (
    <>
      <p className="small">
        <Link href={`/admin?${chain}`}>← Live overview</Link>
      </p>
      <h1>{page.outlet.name}: timeline</h1>
      <form className="actions" method="get">
        <input type="hidden" name="chain" value={page.outlet.chainId} />
        <Link className="button button-small button-quiet" href={`?${chain}&date=${addDays(page.date, -1)}`}>
          ← Previous day
        </Link>
        <label>
          Day <input type="date" name="date" defaultValue={page.date} />
        </label>
        <button type="submit" className="button button-small">
          Show
        </button>
        <Link className="button button-small button-quiet" href={`?${chain}&date=${addDays(page.date, 1)}`}>
          Next day →
        </Link>
      </form>
      {!query.success && <p className="form-error">That date is not valid (YYYY-MM-DD); showing today.</p>}
      <p className="muted small">Local time ({page.outlet.timeZone}). Expected: opening hours with dated exceptions. Observed: each listing&apos;s state bands.</p>
      {page.listings.length === 0 ? <p className="muted">This outlet has no listings.</p> : <OutletTimelineChart timeline={page} timeZone={page.outlet.timeZone} />}
      <details className="section">
        <summary>Observed bands as a table ({bands.length})</summary>
        {bands.length === 0 ? (
          <p className="muted">Nothing observed on this day.</p>
        ) : (
          <TableScroll label="Observed bands">
            <table>
              <thead>
                <tr>
                  <th scope="col">Channel</th>
                  <th scope="col">State</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {bands.map((b) => (
                  <tr key={`${b.channel}-${b.start}`}>
                    <td>{b.channel}</td>
                    <td>{b.state.toLowerCase()}</td>
                    <td>{formatOutletTime(b.start, page.outlet.timeZone)}</td>
                    <td>{formatOutletTime(b.end, page.outlet.timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </details>
    </>
  );
}
