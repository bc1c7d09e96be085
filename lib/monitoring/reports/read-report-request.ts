// The shared front of the report routes: path id and query string checked, report built.
import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getChainReport } from "@/lib/monitoring/reports/get-chain-report";
import { isUuid, reportQuerySchema, searchParamsObject } from "@/lib/monitoring/reports/schemas";

export async function reportForRequest(actor: Actor, chainId: string, req: NextRequest) {
  if (!isUuid(chainId)) throw notFound("Chain");
  return getChainReport(actor, chainId, reportQuerySchema.parse(searchParamsObject(req.nextUrl.searchParams)));
}

/** A CSV download: text/csv with a file name carrying the chain and the dates. */
export function csvResponse(csv: string, name: string, report: { dates: { from: string; to: string } }): Response {
  const filename = `${name}-${report.dates.from}-${report.dates.to}.csv`.replace(/[^\w.-]+/g, "-");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
