// Today's deliveries and earnings of a driver. "Today" is the local day where each delivery
// happened (its restaurant's time zone), so a shift in Amsterdam resets at Amsterdam
// midnight whatever the server's clock says.
import { prisma } from "@/lib/db/client";

export interface DriverToday {
  deliveries: number;
  earningsCents: number;
}

export async function getDriverToday(driverId: string, now = new Date()): Promise<DriverToday> {
  const [row] = await prisma.$queryRaw<{ deliveries: bigint; earnings: bigint | null }[]>`
    SELECT count(*) AS deliveries, sum(o.driver_payout_cents) AS earnings
    FROM orders o JOIN restaurants r ON r.id = o.restaurant_id
    WHERE o.driver_id = ${driverId}::uuid
      AND o.status = 'DELIVERED'
      AND o.delivered_at > ${now}::timestamptz - interval '2 days'
      AND (o.delivered_at AT TIME ZONE r.time_zone)::date = (${now}::timestamptz AT TIME ZONE r.time_zone)::date`;
  return { deliveries: Number(row?.deliveries ?? 0), earningsCents: Number(row?.earnings ?? 0) };
}
