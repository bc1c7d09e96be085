// Hostile input against the running product: every JSON route (read from the app/api tree),
// every server action (from Next's action manifest) and every socket event (from the shared
// event types) gets NUL bytes, lone surrogates, 20,000-deep JSON and bodies over the limit.
// Not one answer may be a 500, and nothing may be written: the outlet's tables and menu
// version and the customer's orders are the same afterwards.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { io } from "socket.io-client";
import { DEMO_PASSWORD, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { E2E_PORT } from "../../playwright.config";
import { apiRoutes, fillPattern, socketEvents } from "./support/api-routes";
import { signInByRequest } from "./support/sign-in";

const REALTIME = `http://localhost:${E2E_PORT + 1}`;
const NUL = "bad\u0000text";
const SURROGATE = "bad\uD800text";
const DEEP = "[".repeat(20_000) + "]".repeat(20_000);

/** A body with every field name our routes take, each holding `text`. */
function poisoned(text: string): Record<string, unknown> {
  const fields = ["name", "description", "body", "note", "notes", "reason", "number", "email", "password", "address", "code", "status", "label", "q", "eventId", "state"];
  const body: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, text]));
  body.tags = [text];
  body.items = [{ notes: text, menu_item_id: text, itemId: text, quantity: 1 }];
  body.delivery = { address: text, lat: 52.37, lng: 4.89 };
  body[text] = 1;
  return body;
}

interface Identity {
  request: APIRequestContext;
  cookie: string;
}

async function signedIn(browser: Browser, email: string): Promise<Identity> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByRequest(page, email, DEMO_PASSWORD);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { request: page.request, cookie };
}

test.describe.configure({ mode: "serial" });

test("no route, server action or socket event answers 500 to hostile input, and nothing is written", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const staff = await signedIn(browser, "staff@swifteats.test");
  const chainAdmin = await signedIn(browser, "chainadmin@swifteats.test");
  const driver = await signedIn(browser, "driver@swifteats.test");
  const customer = await signedIn(browser, "customer@swifteats.test");
  const { restaurants } = (await (await staff.request.get("/api/v1/kitchen/restaurants")).json()) as { restaurants: { id: string }[] };
  const outletId = restaurants[0]!.id;
  const { user } = (await (await chainAdmin.request.get("/api/v1/me")).json()) as { user: { chainId: string } };

  const snapshot = async () => ({
    tables: ((await (await staff.request.get(`/api/v1/restaurants/${outletId}/tables`)).json()) as { tables: unknown[] }).tables.length,
    menuVersion: ((await (await staff.request.get(`/api/v1/restaurants/${outletId}/menu/categories`)).json()) as { restaurant: { menuVersion: number } }).restaurant.menuVersion,
    orders: ((await (await customer.request.get("/api/v1/orders")).json()) as { orders: unknown[] }).orders.length,
  });
  const before = await snapshot();

  const whoFor = (pattern: string): Identity | null => {
    if (/\/(restaurants|items|kitchen)\//.test(pattern)) return staff;
    if (/\/(chains|incidents)\/|alert-subscription/.test(pattern)) return chainAdmin;
    if (pattern.includes("/driver/")) return driver;
    if (/\/(orders|me)(\/|$)/.test(pattern)) return customer;
    return null;
  };
  const params = (pattern: string) => ({ id: pattern.includes("/chains/") ? user.chainId : pattern.includes("/restaurants/") ? outletId : crypto.randomUUID() });

  const answers: string[] = [];
  const record = (what: string, status: number) => answers.push(`${status} ${what}`);
  const routes = apiRoutes();
  expect(routes.length).toBeGreaterThan(40);

  for (const route of routes) {
    const url = fillPattern(route.pattern, params(route.pattern));
    const caller = whoFor(route.pattern)?.request ?? request;
    for (const { method, readsBody } of route.methods) {
      // Query text is checked before any handler runs, so every method can take it.
      const nul = await caller.fetch(`${url}?q=bad%00text&restaurant_id=%00`, { method });
      record(`${method} ${url} query NUL`, nul.status());
      expect(nul.status(), `${method} ${route.pattern} with a NUL in the query`).toBe(400);
      // A surrogate cannot be percent-encoded: its UTF-8 bytes decode to U+FFFD (normalised, not refused).
      const surrogate = await caller.fetch(`${url}?q=bad%ED%A0%80text`, { method: "GET" === method ? "GET" : "HEAD" });
      record(`${method} ${url} query surrogate bytes`, surrogate.status());
      // A page of another site: refused before the handler runs.
      if (method !== "GET") {
        const res = await caller.fetch(url, { method, headers: { origin: "https://evil.example", "content-type": "application/json" }, data: {} });
        expect(res.status(), `${method} ${route.pattern} from a foreign origin`).toBe(403);
      }
      if (!readsBody) continue;
      const bodies: [string, string | Buffer, string][] = [
        ["NUL", JSON.stringify(poisoned(NUL)), "application/json"],
        ["surrogate", JSON.stringify(poisoned(SURROGATE)), "application/json"],
        ["deep", DEEP, "application/json"],
        ["huge", Buffer.alloc(3 * 1024 * 1024, 0x20), "application/json"],
        ["text/plain", JSON.stringify({ name: "x" }), "text/plain"],
      ];
      for (const [label, data, type] of bodies) {
        const res = await caller.fetch(url, { method, headers: { "content-type": type }, data });
        record(`${method} ${url} ${label}`, res.status());
        expect(res.status(), `${method} ${route.pattern} with a ${label} body`).toBeGreaterThanOrEqual(400);
        expect(res.status(), `${method} ${route.pattern} with a ${label} body`).toBeLessThan(500);
      }
    }
  }
  // The tablet contract: hostile bodies still get its exact 400.
  for (const data of [JSON.stringify(poisoned(NUL)), DEEP]) {
    const res = await request.post("/api/v1/orders", { headers: { authorization: `Bearer ${DEMO_TABLE_TOKEN}`, "content-type": "application/json" }, data });
    expect(res.status()).toBe(400);
    expect(await res.json()).toEqual({ error: "Invalid item" });
  }

  // Server actions: whatever arguments a client serializes.
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actions = Object.entries(manifest.node);
  expect(actions.length).toBeGreaterThan(0);
  for (const [actionId, action] of actions) {
    const pagePath = action.filename.includes("[restaurantId]") ? `/kitchen/${outletId}/tables` : "/admin/notifications";
    const argumentLists = [[NUL, null, NUL], [outletId, null, { number: NUL }], [outletId, SURROGATE], [{ not: "a form" }], []].map((a) => JSON.stringify(a));
    for (const args of [...argumentLists, `[${DEEP}]`]) {
      const res = await staff.request.post(pagePath, { headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8" }, data: args, maxRedirects: 0 });
      record(`action ${action.exportedName} ${args.slice(0, 40)}`, res.status());
      expect(res.status(), `${action.exportedName}(${args.slice(0, 60)})`).toBeLessThan(500);
    }
    const foreign = await staff.request.post(pagePath, { headers: { "next-action": actionId, origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, data: "[]" });
    expect(foreign.status(), `${action.exportedName} from a foreign origin`).toBe(403);
  }

  // Socket events: each one with hostile payloads answers a refusal, never an internal error.
  const socket = io(REALTIME, { transports: ["websocket"], extraHeaders: { cookie: staff.cookie }, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once("welcome", () => resolve());
    socket.once("connect_error", reject);
  });
  for (const event of socketEvents()) {
    // 1,000 deep: socket.io-client itself recurses while encoding, the server only parses.
    for (const payload of [poisoned(NUL), poisoned(SURROGATE), JSON.parse("[".repeat(1000) + "]".repeat(1000)), NUL, null]) {
      const ack = (await socket.timeout(5000).emitWithAck(event as never, payload as never).catch(() => ({ ok: false, code: "no-ack" }))) as { ok: boolean; code?: string };
      expect(ack.code, `${event} answered an internal error`).not.toBe("internal");
    }
  }
  expect(socket.connected).toBe(true);
  socket.close();

  expect(answers.filter((a) => a.startsWith("5"))).toEqual([]);
  expect(await snapshot()).toEqual(before);
});
