// The explicit read client (lib/db/read-client.ts): browse, search, suggestions and the chain
// reports read the replica while it answers, and the primary when it stops answering. The "replica" here is a
// second database of the file's own (not streaming from the primary, so what each one holds
// shows which one answered); the cluster's real streaming replica is tested by test:topology.
import { afterAll, describe, expect, it, vi } from "vitest";

const replica = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("../support/test-database");
  const database = await createTestDatabase();
  process.env.DATABASE_REPLICA_URL = database.url;
  return database;
});

const { createPrismaClient } = await import("@/lib/db/create-prisma-client");
const { onReplica, replicaStatus } = await import("@/lib/db/read-client");
const { listRestaurants } = await import("@/lib/catalog/list-restaurants");
const { searchCatalog } = await import("@/lib/catalog/search-catalog");
const { getChainReport } = await import("@/lib/monitoring/reports/get-chain-report");
const { createActor, createCatalogRestaurant, createChain, createRestaurant } = await import("../support/fixtures");

const replicaPrisma = createPrismaClient(replica.url, 2);
afterAll(async () => {
  await replicaPrisma.$disconnect();
  await replica.drop().catch(() => undefined);
});

const here = { lat: 40.1, lng: 5.1 };
/** The whole catalog (no point), read from the database per request: this test's diner and bistro. */
const browse = async () => (await listRestaurants({})).restaurants.map((r) => r.name).filter((name) => !name.endsWith("Outlet"));
/** Near a point: from the outlets kept per cell (lib/catalog/browse-cells.ts) once they are kept. */
const browseNear = async () => (await listRestaurants({ ...here, radius_km: 5 })).restaurants.map((r) => r.name);

/** A chain on both servers (same id), with an outlet only the replica has and one only the primary has. */
async function chainOnBoth() {
  const chain = await createChain("Replica Reports");
  await replicaPrisma.chain.create({ data: { id: chain.id, name: chain.name, slug: chain.slug } });
  await createRestaurant({ chainId: chain.id, name: "Primaryonly Outlet" });
  await replicaPrisma.restaurant.create({
    data: { name: "Replicaonly Outlet", chainId: chain.id, lat: 52.37, lng: 4.89, geoKey: "u173z", address: "Damrak 3", city: "Amsterdam", timeZone: "Europe/Amsterdam" },
  });
  const admin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
  const outlets = async () => (await getChainReport(admin, chain.id, { granularity: "day" })).outlets.map((o) => o.name);
  return { outlets };
}
let reports: Awaited<ReturnType<typeof chainOnBoth>>;

describe("read client", () => {
  it("reads browse and search from the replica while it answers, and the primary when asked for fresh reads", async () => {
    await createCatalogRestaurant({ ...here, name: "Primaryonly Diner" });
    // Only the replica has this one (in a real cluster it would have both, a moment later).
    await replicaPrisma.restaurant.create({
      data: { name: "Replicaonly Bistro", lat: here.lat, lng: here.lng, geoKey: "u173z", address: "Damrak 2", city: "Amsterdam", timeZone: "Europe/Amsterdam", declaredStatus: "OPEN" },
    });

    expect(await browse()).toEqual(["Replicaonly Bistro"]);
    expect(replicaStatus()).toMatchObject({ configured: true, usable: true });
    // Once cells are kept (their LISTEN is up), they load from the primary: a cell loaded after
    // a change's notice must hold that change, which a lagging replica may not yet.
    await vi.waitFor(async () => expect(await browseNear()).toEqual(["Primaryonly Diner"]), { timeout: 10_000, interval: 100 });
    // Search without a point reads the replica; near a point it ranks browse's kept outlets
    // (lib/catalog/search-cells.ts), loaded from the primary for the same reason.
    expect((await searchCatalog({ q: "replicaonly" })).restaurants.map((r) => r.name)).toEqual(["Replicaonly Bistro"]);
    expect((await searchCatalog({ q: "diner", ...here })).restaurants.map((r) => r.name)).toEqual(["Primaryonly Diner"]);
    // Read-your-writes: a caller that just wrote reads the primary.
    const fresh = await onReplica((db) => db.restaurant.findMany({ where: { name: { endsWith: "only Diner" } }, select: { name: true } }), { fresh: true });
    expect(fresh).toEqual([{ name: "Primaryonly Diner" }]);
  });

  it("reads the chain report from the replica (access is still checked on the primary)", async () => {
    reports = await chainOnBoth();
    expect(await reports.outlets()).toEqual(["Replicaonly Outlet"]);
  });

  it("falls back to the primary when the replica goes away, without failing a read", async () => {
    await replicaPrisma.$disconnect();
    await replica.drop();

    expect(await browse()).toEqual(["Primaryonly Diner"]);
    expect((await searchCatalog({ q: "primaryonly", ...here })).restaurants.map((r) => r.name)).toEqual(["Primaryonly Diner"]);
    await vi.waitFor(() => expect(replicaStatus()).toMatchObject({ usable: false, reason: expect.stringMatching(/^unreachable/) }));
    expect(await browse()).toEqual(["Primaryonly Diner"]);
    expect(await reports.outlets()).toEqual(["Primaryonly Outlet"]);
  });
});
