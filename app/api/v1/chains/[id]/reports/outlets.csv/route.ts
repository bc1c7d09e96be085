// GET /api/v1/chains/{id}/reports/outlets.csv – per outlet: uptime, downtime and estimated lost sales.
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { csvResponse, reportForRequest } from "@/lib/monitoring/reports/read-report-request";
import { outletsCsv } from "@/lib/monitoring/reports/report-csv";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ req, params, actor }) => {
  const report = await reportForRequest(actor, params.id, req);
  return csvResponse(outletsCsv(report), `outlets-${report.chain.name}`, report);
});
