// Sessions are rows, checked on every request and socket connection: sign-out and role,
// scope or password changes take effect at once; idle and absolute limits end them.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { resolveSession, SESSION_TOUCH_INTERVAL_MS } from "@/lib/auth/resolve-session";
import { revokeSession } from "@/lib/auth/revoke-session";
import { startSession } from "@/lib/auth/start-session";
import { deleteEndedSessions } from "@/lib/auth/delete-ended-sessions";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as chainOutletsRoute } from "@/app/api/v1/chains/[id]/outlets/route";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { createActor, createChain } from "../support/fixtures";
import { newSession, socketWithToken, startTestRealtimeServer, type Client } from "../support/realtime";

const IDLE_MS = env.SESSION_IDLE_TIMEOUT_SECONDS * 1000;
const MAX_AGE_MS = env.SESSION_MAX_AGE_SECONDS * 1000;

let server: Promise<RealtimeServer> | undefined;
const realtime = () => (server ??= startTestRealtimeServer({ instance: "sessions-test", sessionCheckMs: 200 }));
const clients: Client[] = [];

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await (await server)?.close();
});

function get<P>(route: (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>, url: string, token: string, params: P) {
  const req = new NextRequest(`http://localhost${url}`, { headers: { cookie: `next-auth.session-token=${token}` } });
  return route(req, { params: Promise.resolve(params) });
}

const me = (token: string) => get(meRoute, "/api/v1/me", token, {});

/** What the realtime server answers a connection with this cookie: "welcome" or the refusal. */
async function connectWith(token: string): Promise<string> {
  const socket = socketWithToken((await realtime()).port, token);
  clients.push(socket);
  return new Promise((resolve) => {
    socket.once("welcome", () => resolve("welcome"));
    socket.once("connect_error", (error) => resolve(error.message));
  });
}

describe("revocation", () => {
  it("a revoked session gets 401 from the API and a refused socket at once", async () => {
    const customer = await createActor("CUSTOMER");
    const { sessionId, token } = await newSession(customer.userId);
    const other = await newSession(customer.userId);
    expect((await me(token)).status).toBe(200);
    expect(await connectWith(token)).toBe("welcome");

    await revokeSession(sessionId);
    const res = await me(token);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Sign in required", code: "unauthorized" });
    expect(await connectWith(token)).toBe("unauthorized");
    // Only that session: the same user's other browser stays signed in.
    expect((await me(other.token)).status).toBe(200);
  });

  it("an open socket of a revoked session is disconnected by the server; others stay", async () => {
    const driver = await createActor("DRIVER");
    const [revoked, kept] = [await newSession(driver.userId), await newSession(driver.userId)];
    const open = async (token: string) => {
      const socket = socketWithToken((await realtime()).port, token);
      clients.push(socket);
      await new Promise((resolve) => socket.once("welcome", resolve));
      return socket;
    };
    const [doomed, survivor] = [await open(revoked.token), await open(kept.token)];
    const reason = new Promise((resolve) => doomed.once("disconnect", resolve));
    await revokeSession(revoked.sessionId);
    expect(await reason).toBe("io server disconnect");
    // The kept session's socket is still served after that check ran.
    expect(await new Promise((resolve) => survivor.emit("ping", resolve))).toMatchObject({ serverTime: expect.any(String) });
    expect(survivor.connected).toBe(true);
  });

  it("a demoted chain admin loses the chain at once (API 401, socket refused), with every session", async () => {
    const chain = await createChain();
    const admin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const sessions = [await newSession(admin.userId), await newSession(admin.userId)];
    const outlets = (token: string) => get(chainOutletsRoute, `/api/v1/chains/${chain.id}/outlets`, token, { id: chain.id });
    expect((await outlets(sessions[0]!.token)).status).toBe(200);

    await prisma.user.update({ where: { id: admin.userId }, data: { role: "CUSTOMER", chainId: null } });
    for (const { token } of sessions) {
      expect((await outlets(token)).status).toBe(401);
      expect(await connectWith(token)).toBe("unauthorized");
    }
  });

  it("a password or chain change ends every session; a name change ends none", async () => {
    const chain = await createChain();
    const admin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    let session = await newSession(admin.userId);
    await prisma.user.update({ where: { id: admin.userId }, data: { name: "Renamed" } });
    expect(await (await me(session.token)).json()).toMatchObject({ user: { name: "Renamed", role: "CHAIN_ADMIN" } });

    await prisma.user.update({ where: { id: admin.userId }, data: { passwordHash: "scrypt$changed" } });
    expect((await me(session.token)).status).toBe(401);

    session = await newSession(admin.userId);
    await prisma.user.update({ where: { id: admin.userId }, data: { chainId: (await createChain("Other")).id } });
    expect((await me(session.token)).status).toBe(401);
  });

  it("takes role and scope from the database, not from the cookie", async () => {
    const customer = await createActor("CUSTOMER");
    const sessionId = await startSession(customer.userId);
    // A cookie claiming more than the user has (as old cookies did) changes nothing.
    const token = await encode({ token: { sub: customer.userId, sid: sessionId, role: "PLATFORM_ADMIN", chainId: null }, secret: env.NEXTAUTH_SECRET });
    expect((await (await me(token)).json()).user).toMatchObject({ userId: customer.userId, role: "CUSTOMER" });
    // A cookie without a session (the old format, or forged) is signed out.
    const legacy = await encode({ token: { sub: customer.userId, role: "CUSTOMER" }, secret: env.NEXTAUTH_SECRET });
    expect((await me(legacy)).status).toBe(401);
    expect(await connectWith(legacy)).toBe("unauthorized");
    expect((await me("forged.token.value")).status).toBe(401);
  });
});

describe(`expiry (idle ${env.SESSION_IDLE_TIMEOUT_SECONDS} s, absolute ${env.SESSION_MAX_AGE_SECONDS} s)`, () => {
  it("ends a session left idle for SESSION_IDLE_TIMEOUT_SECONDS, and use keeps it alive", async () => {
    const customer = await createActor("CUSTOMER");
    const t0 = Date.now();
    const unused = await startSession(customer.userId, new Date(t0));
    expect(await resolveSession(unused, new Date(t0 + IDLE_MS))).toBeNull();

    const used = await startSession(customer.userId, new Date(t0));
    const t1 = t0 + IDLE_MS - 1000;
    expect(await resolveSession(used, new Date(t1))).toMatchObject({ userId: customer.userId });
    const t2 = t1 + IDLE_MS - 1000; // well past t0 + idle: the use at t1 kept it alive
    expect(await resolveSession(used, new Date(t2))).not.toBeNull();
    expect((await prisma.session.findUniqueOrThrow({ where: { id: used } })).lastSeenAt.getTime()).toBe(t2);
    expect(await resolveSession(used, new Date(t2 + IDLE_MS))).toBeNull();
  });

  it("writes last use at most once a touch interval", async () => {
    const customer = await createActor("CUSTOMER");
    const t0 = new Date();
    const sessionId = await startSession(customer.userId, t0);
    await resolveSession(sessionId, new Date(t0.getTime() + SESSION_TOUCH_INTERVAL_MS - 1));
    expect((await prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(t0);
  });

  it("ends a session SESSION_MAX_AGE_SECONDS after sign-in however busy it is", async () => {
    const customer = await createActor("CUSTOMER");
    const t0 = new Date();
    const sessionId = await startSession(customer.userId, t0);
    const step = Math.max(SESSION_TOUCH_INTERVAL_MS, Math.floor(IDLE_MS / 2));
    let t = t0.getTime();
    for (; t + step < t0.getTime() + MAX_AGE_MS; t += step) {
      expect(await resolveSession(sessionId, new Date(t + step)), new Date(t + step).toISOString()).not.toBeNull();
    }
    expect(await resolveSession(sessionId, new Date(t0.getTime() + MAX_AGE_MS))).toBeNull();
  });
});

describe("clean-up", () => {
  it("deletes ended sessions and leaves live ones", async () => {
    const customer = await createActor("CUSTOMER");
    const now = new Date();
    const live = await startSession(customer.userId, now);
    const revoked = await startSession(customer.userId, now);
    await revokeSession(revoked);
    const idle = await startSession(customer.userId, new Date(now.getTime() - IDLE_MS - 1000));
    await deleteEndedSessions(now);
    const left = await prisma.session.findMany({ where: { id: { in: [live, revoked, idle] } }, select: { id: true } });
    expect(left.map((s) => s.id)).toEqual([live]);
  });
});
