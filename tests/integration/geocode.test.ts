// The offline geocoder against real PostgreSQL and the seeded demo streets, through the
// public routes: typo-tolerant autocomplete, nearest-address reverse geocoding, and 400s
// for bad input in the one error shape.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { GET as searchRoute } from "@/app/api/v1/geocode/search/route";
import { GET as reverseRoute } from "@/app/api/v1/geocode/reverse/route";
import { seedStreetAddresses } from "@/prisma/seed/streets/seed-street-addresses";

const call = (route: typeof searchRoute, path: string, query: string) =>
  route(new NextRequest(`http://localhost/api/v1/geocode/${path}?${query}`), { params: Promise.resolve({}) });

async function search(query: string) {
  const res = await call(searchRoute, "search", query);
  expect(res.status, query).toBe(200);
  return ((await res.json()) as { suggestions: { label: string; line1: string; lat: number; lng: number }[] }).suggestions;
}

beforeAll(async () => {
  expect((await seedStreetAddresses(prisma)).seeded).toBeGreaterThan(300);
  // Seeding again adds nothing: the seed runs on every start.
  expect(await seedStreetAddresses(prisma)).toEqual({ seeded: 0 });
});

describe("GET /api/v1/geocode/search (offline)", () => {
  it("finds the typed number first, then the numbers it starts", async () => {
    const found = await search("q=damrak%201");
    expect(found[0]).toMatchObject({ line1: "Damrak 1", label: "Damrak 1, 1012 Amsterdam" });
    expect(found.map((s) => s.line1)).toEqual(["Damrak 1", "Damrak 10", "Damrak 11", "Damrak 12", "Damrak 13", "Damrak 14"]);
  });

  it("tolerates a cut-off or misspelt street, and a number typed first", async () => {
    expect((await search("q=Prinsengr%2020"))[0]?.line1).toBe("Prinsengracht 20");
    expect((await search("q=damrk%205"))[0]?.line1).toBe("Damrak 5");
    expect((await search("q=263%20prinsengracht"))[0]?.line1).toBe("Prinsengracht 263");
    expect((await search("q=Prinsengracht%20263%2C%20Amsterdam"))[0]?.line1).toBe("Prinsengracht 263");
  });

  it("offers streets (one address each) when no number is typed, those near the given point first", async () => {
    const found = await search("q=straat&lat=52.3548&lng=4.8917");
    expect(found.length).toBeGreaterThan(1);
    expect(new Set(found.map((s) => s.line1.replace(/ \d+$/, ""))).size).toBe(found.length);
    // Equally similar streets ("…straat"): the nearest first.
    expect((await search("q=straat&lat=52.3548&lng=4.8917"))[0]?.line1).toMatch(/^Ferdinand Bolstraat /);
    expect((await search("q=straat&lat=52.3663&lng=4.8628"))[0]?.line1).toMatch(/^Kinkerstraat /);
  });

  it("answers nothing for what is no street, and treats LIKE wildcards as text", async () => {
    expect(await search("q=zzzzqqq")).toEqual([]);
    expect(await search("q=%25%25%20_")).toEqual([]);
  });

  it("refuses bad input with 400 in the one error shape", async () => {
    for (const query of ["", "q=", "q=a", `q=${"x".repeat(201)}`, "q=damrak&lat=52.37", "q=damrak&lat=abc&lng=4.9", "q=damrak&lat=91&lng=4.9"]) {
      const res = await call(searchRoute, "search", query);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toMatchObject({ code: "invalid_request", error: expect.any(String) });
    }
  });
});

describe("GET /api/v1/geocode/reverse (offline)", () => {
  it("answers the nearest address to a point", async () => {
    const damrak = await prisma.streetAddress.findUniqueOrThrow({ where: { city_street_houseNumber: { city: "Amsterdam", street: "Damrak", houseNumber: 40 } } });
    const res = await call(reverseRoute, "reverse", `lat=${damrak.lat + 0.00003}&lng=${damrak.lng}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ address: { label: "Damrak 40, 1012 Amsterdam", line1: "Damrak 40", city: "Amsterdam", lat: damrak.lat, lng: damrak.lng } });
  });

  it("answers null far from every known address", async () => {
    const res = await call(reverseRoute, "reverse", "lat=52.0&lng=4.0");
    expect(await res.json()).toEqual({ address: null });
  });

  it("refuses bad input with 400", async () => {
    for (const query of ["", "lat=52.37", "lat=x&lng=4.9", "lat=52.37&lng=181", "lat=-91&lng=4.9"]) {
      const res = await call(reverseRoute, "reverse", query);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toMatchObject({ code: "invalid_request" });
    }
  });
});
