// A replica that never answers (DATABASE_REPLICA_URL names a port nobody listens on): every
// replica read is answered by the primary, and the read client says why.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_REPLICA_URL = "postgresql://postgres@127.0.0.1:1/unreachable";
});

const { replicaStatus } = await import("@/lib/db/read-client");
const { listRestaurants } = await import("@/lib/catalog/list-restaurants");
const { searchCatalog } = await import("@/lib/catalog/search-catalog");
const { suggestCatalog } = await import("@/lib/catalog/suggest-catalog");
const { createCatalogRestaurant } = await import("../support/fixtures");

describe("read client with an unreachable replica", () => {
  it("answers browse, search and suggestions from the primary", async () => {
    const here = { lat: 41.2, lng: 6.3 };
    await createCatalogRestaurant({ ...here, name: "Fallback Noodles", dishes: ["Fallback ramen"] });

    expect((await listRestaurants({ ...here, radius_km: 5 })).restaurants.map((r) => r.name)).toEqual(["Fallback Noodles"]);
    expect((await searchCatalog({ q: "fallback", ...here })).restaurants.map((r) => r.name)).toEqual(["Fallback Noodles"]);
    expect((await suggestCatalog({ q: "fallbac" })).suggestions.map((s) => s.label)).toContain("Fallback Noodles");
    expect(replicaStatus()).toMatchObject({ configured: true, usable: false, reason: expect.stringMatching(/^unreachable/) });
  });
});
