import type { Metadata } from "next";
import { requireSurface } from "@/lib/auth/session";
import { getDriverProfile } from "@/lib/dispatch/get-driver-profile";

export const metadata: Metadata = { title: "Driver" };

const STATUS_LABEL = { OFFLINE: "Offline", AVAILABLE: "Online, waiting for offers", ON_DELIVERY: "On a delivery" };

export default async function DriverPage() {
  const actor = await requireSurface("driver", "/driver");
  const driver = await getDriverProfile(actor);
  return (
    <>
      <h1>Driver</h1>
      <section className="card">
        <p>
          <strong>{STATUS_LABEL[driver.status]}</strong>
        </p>
        <p className="muted small">
          {driver.vehicle.toLowerCase()} · rating ★ {driver.rating.toFixed(1)}
        </p>
      </section>
    </>
  );
}
