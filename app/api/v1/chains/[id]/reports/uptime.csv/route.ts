// GET /api/v1/chains/{id}/reports/uptime.csv – uptime per day/week of every outlet, listing and channel.
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { csvResponse, reportForRequest } from "@/lib/monitoring/reports/read-report-request";
import { uptimeCsv } from "@/lib/monitoring/reports/report-csv";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ req, params, actor }) => {
  const report = await reportForRequest(actor, params.id, req);
  return csvResponse(uptimeCsv(report), `uptime-${report.chain.name}-${report.granularity}`, report);
});
