import type { Metadata } from "next";
import { requireSurface } from "@/lib/auth/session";
import { listStaffRestaurants } from "@/lib/kitchen/list-staff-restaurants";

export const metadata: Metadata = { title: "Kitchen" };

export default async function KitchenPage() {
  const actor = await requireSurface("kitchen", "/kitchen");
  const restaurants = await listStaffRestaurants(actor);
  return (
    <>
      <h1>Kitchen</h1>
      {restaurants.length === 0 ? (
        <p className="muted">You are not assigned to a restaurant yet. Ask your manager to add you.</p>
      ) : (
        <ul className="list">
          {restaurants.map((r) => (
            <li key={r.id} className="card">
              <div className="restaurant-card-title">
                <h2>{r.name}</h2>
                <span className={`badge badge-${r.declaredStatus.toLowerCase()}`}>{r.declaredStatus.toLowerCase()}</span>
              </div>
              <p className="muted small">
                {r.address}
                {r.chain ? ` · ${r.chain.name}` : ""} · menu v{r.menuVersion}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
