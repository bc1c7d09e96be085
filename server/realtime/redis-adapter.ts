// The Socket.IO adapter that lets several realtime instances share rooms through Redis.
// Sharded (default): Redis ≥ 7 sharded Pub/Sub (SPUBLISH / SSUBSCRIBE) with a channel per room,
// to which an instance subscribes while it has sockets in that room, so a message to one room
// (a GPS point to its customer) reaches only the instances that have that room's sockets; server-side events
// (the order-event leader's batches) still reach every instance. Classic: one pattern
// subscription, every instance receives and decodes every message; kept so the bench can
// compare the two (SOCKET_ADAPTER, docs/capacity.md "Fan-out").
import { createAdapter, createShardedAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import type { Logger } from "@/lib/logger";
import { createRedis, type RedisTarget } from "@/lib/redis";
import type { SocketAdapterKind } from "@/lib/realtime/socket-adapters";

/** The adapter factory for `io.adapter()`, and its two Redis clients (closed by the caller). */
export function createRedisAdapter(kind: SocketAdapterKind, target: RedisTarget, log: Logger) {
  const pub = logFailedCommands(createRedis(target), ["publish", "spublish"], log);
  const sub = logFailedCommands(createRedis(target, { subscriber: true }), ["ssubscribe", "sunsubscribe"], log);
  const adapter = kind === "sharded" ? createShardedAdapter(pub, sub, { subscriptionMode: "dynamic" }) : createAdapter(pub, sub);
  return { adapter, clients: [pub, sub] };
}

type Command = "publish" | "spublish" | "ssubscribe" | "sunsubscribe";

/**
 * The adapters send these commands without handling a failure (the classic one's PUBLISH, the
 * sharded one's SUBSCRIBE and UNSUBSCRIBE of a room's channel; its SPUBLISH failures it only
 * traces with `debug`). An unhandled rejection would end the process (exitOnUnhandled) for every message
 * while Redis is away. A failed publish is a message other instances miss (each instance's
 * relays still reach its own sockets); a failed room subscription, one this instance misses
 * until the room is made again. Logged, and answered with 0.
 */
function logFailedCommands(client: Redis, commands: Command[], log: Logger): Redis {
  for (const command of commands) {
    const send = (client[command] as (...args: unknown[]) => Promise<unknown>).bind(client);
    (client as unknown as Record<Command, (...args: unknown[]) => Promise<unknown>>)[command] = (...args) =>
      send(...args).catch((error: unknown) => {
        log.warn(`socket.io adapter ${command} failed: ${command.endsWith("publish") ? "other instances miss this message" : "this instance may miss the room's messages"}`, {
          error: error instanceof Error ? error.message : String(error),
        });
        return 0;
      });
  }
  return client;
}
