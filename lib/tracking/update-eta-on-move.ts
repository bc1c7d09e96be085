// The ETA follows the driver, cheaply: a GPS point every few seconds costs one lookup in
// this process's memory; the ETA is recomputed (one write) only once the driver is more than
// 100 m from where the last estimate was made. Per process: after a restart, or when a
// driver's points reach another instance, the first point makes one extra estimate.
import { haversineMeters, type LatLng } from "@/lib/geo/geohash";
import { prisma } from "@/lib/db/client";
import { recomputeEta } from "@/lib/tracking/recompute-eta";

export const ETA_MOVE_METERS = 100;
/** Orders followed at once per process; beyond it the memory starts over (costs one estimate each). */
const MAX_TRACKED = 50_000;

const estimatedAt = new Map<string, LatLng>();

/** Recomputes `orderId`'s ETA when its driver moved > 100 m since its last estimate; true if it did. */
export async function updateEtaOnMove(orderId: string, position: LatLng, now = new Date()): Promise<boolean> {
  const last = estimatedAt.get(orderId);
  if (last && haversineMeters(last, position) <= ETA_MOVE_METERS) return false;
  if (estimatedAt.size >= MAX_TRACKED) estimatedAt.clear();
  estimatedAt.set(orderId, { lat: position.lat, lng: position.lng });
  await recomputeEta(prisma, orderId, "driver_moved", { now, driverPosition: position });
  return true;
}
