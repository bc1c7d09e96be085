// The realtime server started in-process against the file's database, and sockets signed in
// the way browsers are (the next-auth session cookie), for the integration tests.
import { encode } from "next-auth/jwt";
import { io, type Socket } from "socket.io-client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { startSession } from "@/lib/auth/start-session";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { createRealtimeServer, type RealtimeServerOptions } from "@/server/realtime/create-realtime-server";

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export function startTestRealtimeServer(options: Pick<RealtimeServerOptions, "instance" | "redis" | "adapter" | "relay" | "maxPositionsInFlight" | "sessionCheckMs">) {
  return createRealtimeServer({ port: 0, databaseUrl: process.env.DATABASE_URL!, secret: env.NEXTAUTH_SECRET, allowedOrigins: [], ...options });
}

/** A new session of the user, as signing in makes it, and its session cookie value. */
export async function newSession(userId: string): Promise<{ sessionId: string; token: string }> {
  const sessionId = await startSession(userId);
  return { sessionId, token: await encode({ token: { sub: userId, sid: sessionId }, secret: env.NEXTAUTH_SECRET }) };
}

/** A socket carrying this session cookie value; connect it with connectSocket (or autoConnect). */
export function socketWithToken(port: number, token: string, { autoConnect = true } = {}): Client {
  return io(`http://127.0.0.1:${port}`, {
    transports: ["websocket"],
    forceNew: true,
    autoConnect,
    reconnection: false,
    extraHeaders: { cookie: `next-auth.session-token=${token}` },
  });
}

/** A socket carrying a new session cookie of `actor`; connect it with connectSocket (or autoConnect). */
export async function socketFor(port: number, actor: Actor, options: { autoConnect?: boolean } = {}): Promise<Client> {
  return socketWithToken(port, (await newSession(actor.userId)).token, options);
}

/** Resolves once the socket is connected (connecting it if needed), rejects on a refusal. */
export function connectSocket(socket: Socket): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
    if (!socket.active) socket.connect();
  });
}
