// The public hot reads over HTTP (route handlers called with a Request): the menu answers
// the same JSON as the domain function, with a strong ETag, 304 for a client that holds it,
// a new tag as soon as the menu changes, and caching a shared proxy may do for one second.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getMenu, getMenuJson, invalidateMenu } from "@/lib/catalog/get-menu";
import { GET as menuRoute } from "@/app/api/v1/restaurants/[id]/menu/route";
import { GET as browseRoute } from "@/app/api/v1/restaurants/route";
import { createCatalogRestaurant, createItem, createOpenRestaurant } from "../support/fixtures";

function getMenuHttp(id: string, headers: Record<string, string> = {}) {
  const req = new NextRequest(`http://localhost/api/v1/restaurants/${id}/menu`, { headers });
  return menuRoute(req, { params: Promise.resolve({ id }) });
}

function browseHttp(query: string, headers: Record<string, string> = {}) {
  return browseRoute(new NextRequest(`http://localhost/api/v1/restaurants?${query}`, { headers }), { params: Promise.resolve({}) });
}

describe("GET /api/v1/restaurants/{id}/menu", () => {
  it("answers the menu the customer pages show, with its version, a strong ETag and one second of shared caching", async () => {
    const restaurant = await createOpenRestaurant();
    await createItem(restaurant.id, { name: "Calzone", quantity: 3 });
    const res = await getMenuHttp(restaurant.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await getMenu(restaurant.id))));
    expect(res.headers.get("menu-version")).toBe("1");
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(res.headers.get("cache-control")).toBe("public, s-maxage=1");
    expect(Number(res.headers.get("content-length"))).toBe((await getMenuHttp(restaurant.id).then((r) => r.arrayBuffer())).byteLength);
  });

  it("answers 304 without a body to a client holding the current version, and the same bytes every time", async () => {
    const restaurant = await createOpenRestaurant();
    await createItem(restaurant.id);
    const first = await getMenuHttp(restaurant.id);
    const etag = first.headers.get("etag")!;
    const again = await getMenuHttp(restaurant.id);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(await first.text());

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const cached = await getMenuHttp(restaurant.id, { "if-none-match": ifNoneMatch });
      expect(cached.status, ifNoneMatch).toBe(304);
      expect(await cached.text()).toBe("");
      expect(cached.headers.get("etag")).toBe(etag);
      expect(cached.headers.get("cache-control")).toBe("public, s-maxage=1");
    }
    expect((await getMenuHttp(restaurant.id, { "if-none-match": '"not-this-one"' })).status).toBe(200);
  });

  it("changes the ETag as soon as an item sells out or the outlet pauses", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const etag = (await getMenuHttp(restaurant.id)).headers.get("etag")!;

    await prisma.foodItem.update({ where: { id: item.id }, data: { inStock: false } });
    await invalidateMenu(restaurant.id);
    const soldOut = await getMenuHttp(restaurant.id, { "if-none-match": etag });
    expect(soldOut.status).toBe(200);
    const soldOutTag = soldOut.headers.get("etag")!;
    expect(soldOutTag).not.toBe(etag);
    const body = (await soldOut.json()) as Awaited<ReturnType<typeof getMenu>>;
    expect(body.categories.flatMap((c) => c.items).find((i) => i.id === item.id)?.available).toBe(false);

    await prisma.restaurant.update({ where: { id: restaurant.id }, data: { declaredStatus: "PAUSED", menuVersion: { increment: 1 } } });
    await invalidateMenu(restaurant.id);
    const paused = await getMenuHttp(restaurant.id, { "if-none-match": soldOutTag });
    expect(paused.status).toBe(200);
    expect(paused.headers.get("etag")).not.toBe(soldOutTag);
    expect(paused.headers.get("menu-version")).toBe("2");
    expect(((await paused.json()) as { restaurant: { open: boolean; closedReason: string } }).restaurant).toMatchObject({ open: false, closedReason: "paused" });
  });

  it("follows the outlet's state within a minute: a pause that ends mid-minute, and the minute mark itself", async () => {
    const restaurant = await createOpenRestaurant();
    await createItem(restaurant.id);
    // Half a minute past a minute mark, an hour ahead: the answer before it is reused until then, not after.
    const until = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000 + 30_000);
    await prisma.restaurant.update({ where: { id: restaurant.id }, data: { declaredStatus: "PAUSED", statusUntil: until } });
    await invalidateMenu(restaurant.id);
    const openAt = async (at: number) => (JSON.parse(new TextDecoder().decode((await getMenuJson(restaurant.id, new Date(at))).body)) as { restaurant: { open: boolean } }).restaurant.open;
    expect(await openAt(until.getTime() - 20_000)).toBe(false);
    expect(await openAt(until.getTime() - 10_000)).toBe(false);
    expect(await openAt(until.getTime())).toBe(true);
    expect(await openAt(until.getTime() + 10_000)).toBe(true);
    // On the minute mark itself, then inside that minute, then back: each answer computed for its instant.
    const mark = until.getTime() - 30_000;
    expect(await openAt(mark)).toBe(false);
    expect(await openAt(mark + 1)).toBe(false);
    expect(await openAt(until.getTime() + 1)).toBe(true);
    expect((await getMenuJson(restaurant.id, new Date(mark + 2))).etag).toBe((await getMenuJson(restaurant.id, new Date(mark + 3))).etag);
  });

  it("answers a signed-in caller (even with a forged session cookie) exactly as anyone else", async () => {
    const restaurant = await createOpenRestaurant();
    await createItem(restaurant.id);
    const anonymous = await getMenuHttp(restaurant.id);
    const withCookie = await getMenuHttp(restaurant.id, { cookie: "next-auth.session-token=forged.token.value" });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get("etag")).toBe(anonymous.headers.get("etag"));
    expect(await withCookie.text()).toBe(await anonymous.text());
  });

  it("answers 404 in the error shape for an unknown restaurant and 400 for a malformed id", async () => {
    const missing = await getMenuHttp("00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "not_found" });
    expect(missing.headers.get("etag")).toBeNull();
    expect((await getMenuHttp("not-a-uuid")).status).toBe(400);
  });
});

describe("GET /api/v1/restaurants (browse)", () => {
  it("answers 304 for the version a client holds, and a new version when an outlet pauses", async () => {
    const at = { lat: 61.5, lng: 24.5 };
    const outlet = await createCatalogRestaurant({ ...at, name: "Tile bistro" });
    const query = `lat=${at.lat}&lng=${at.lng}&radius_km=1`;
    const first = await browseHttp(query);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, s-maxage=1");
    const etag = first.headers.get("etag")!;
    expect(((await first.json()) as { restaurants: { id: string; open: boolean }[] }).restaurants).toEqual([expect.objectContaining({ id: outlet.id, open: true })]);
    expect((await browseHttp(query, { "if-none-match": etag })).status).toBe(304);

    await prisma.restaurant.update({ where: { id: outlet.id }, data: { declaredStatus: "PAUSED" } });
    const paused = await browseHttp(query, { "if-none-match": etag });
    expect(paused.status).toBe(200);
    expect(paused.headers.get("etag")).not.toBe(etag);
    expect(((await paused.json()) as { restaurants: { open: boolean }[] }).restaurants[0]!.open).toBe(false);
  });
});
