// MTTA and MTTR: mean time from an incident's start to its acknowledgement, and to its
// resolution, over the incidents that got there (open ones do not count yet).

export interface IncidentTimes {
  startedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
}

export interface ResponseTimes {
  incidents: number;
  acknowledged: number;
  resolved: number;
  /** Seconds, rounded; null when no incident got there. */
  mttaSeconds: number | null;
  mttrSeconds: number | null;
}

function meanSeconds(durationsMs: number[]): number | null {
  if (durationsMs.length === 0) return null;
  return Math.round(durationsMs.reduce((a, b) => a + b, 0) / durationsMs.length / 1000);
}

export function incidentResponseTimes(incidents: readonly IncidentTimes[]): ResponseTimes {
  const toAck = incidents.filter((i) => i.acknowledgedAt).map((i) => i.acknowledgedAt!.getTime() - i.startedAt.getTime());
  const toResolve = incidents.filter((i) => i.resolvedAt).map((i) => i.resolvedAt!.getTime() - i.startedAt.getTime());
  return {
    incidents: incidents.length,
    acknowledged: toAck.length,
    resolved: toResolve.length,
    mttaSeconds: meanSeconds(toAck),
    mttrSeconds: meanSeconds(toResolve),
  };
}
