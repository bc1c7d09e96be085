// GET /api/v1/chains/{id}/incidents: newest first. `open` means not resolved yet (open or
// acknowledged); `acknowledged` only those someone took on.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertChainAccess } from "@/lib/monitoring/assert-chain-access";
import { incidentSummarySelect, toIncidentSummary, type IncidentSummary } from "@/lib/monitoring/incident-summary";
import { incidentQuerySchema } from "@/lib/monitoring/schemas";

const STATE_FILTER: Record<string, Prisma.IncidentWhereInput> = {
  open: { state: { not: "RESOLVED" } },
  acknowledged: { state: "ACKNOWLEDGED" },
  resolved: { state: "RESOLVED" },
  all: {},
};

export async function listChainIncidents(actor: Actor, chainId: unknown, query: unknown): Promise<IncidentSummary[]> {
  const id = await assertChainAccess(actor, chainId);
  const { state, restaurantId, limit } = incidentQuerySchema.parse(query);
  const rows = await prisma.incident.findMany({
    where: { chainId: id, ...STATE_FILTER[state], ...(restaurantId && { restaurantId }) },
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: incidentSummarySelect,
  });
  const now = new Date();
  return rows.map((row) => toIncidentSummary(row, now));
}
