import { listRestaurants } from "@/lib/catalog/list-restaurants";
import { RestaurantCard } from "@/components/restaurant-card";

// The catalog changes as staff open, pause and edit outlets: always render fresh.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { restaurants } = await listRestaurants({ limit: 60 });
  return (
    <>
      <section className="hero">
        <h1>Restaurants near you</h1>
        <p className="muted">Order from {restaurants.length} kitchens in your city and follow your order live.</p>
      </section>
      {restaurants.length === 0 ? (
        <p className="empty-state muted">No restaurants deliver here yet.</p>
      ) : (
        <div className="restaurant-grid">
          {restaurants.map((r) => (
            <RestaurantCard key={r.id} restaurant={r} />
          ))}
        </div>
      )}
    </>
  );
}
