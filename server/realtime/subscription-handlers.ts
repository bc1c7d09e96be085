// The subscribe/unsubscribe events: parse, authorize in the database, join or leave the
// room, answer with the catch-up. A bad payload or a refusal is an ack, never a crash.
import type { Logger } from "@/lib/logger";
import { authorizeSubscription } from "@/lib/realtime/authorize-subscription";
import { monitoringRoom, scopeRoom, type MonitoringSubscribeAck, type SubscribeAck, type UnsubscribeAck } from "@/lib/realtime/events";
import { listLiveEventsSince } from "@/lib/events/read-live-events";
import { readTransactionHorizon } from "@/lib/events/transaction-horizon";
import type { LiveEventMessage } from "@/lib/events/live-event-types";
import { listEventsAfter } from "@/lib/realtime/list-events-after";
import { chainFeedSchema, monitoringFeedSchema, orderFeedSchema, restaurantFeedSchema, type Feed } from "@/lib/realtime/schemas";
import type { RealtimeSocket } from "./create-realtime-server";
import { answerAck } from "./answer-ack";

/** More missed than this and the dashboard reads its snapshot again instead. */
const MONITORING_CATCH_UP_LIMIT = 500;

export function registerSubscriptionHandlers(socket: RealtimeSocket, settledSeq: () => bigint, log: Logger) {
  async function subscribe({ scope, afterSeq, horizon }: Feed): Promise<SubscribeAck> {
    await authorizeSubscription(socket.data.actor, scope);
    // Gone while we checked: joining now would leave the room holding a dead socket id.
    if (socket.disconnected) return { ok: false, error: "Disconnected", code: "disconnected" };
    // Join first, then read: an event committed in between is in the catch-up, relayed to
    // the room, or both (clients drop repeats by seq). Read only what the relay has settled:
    // later events reach the room in seq order, so the client's highest seq stays a safe cursor.
    await socket.join(scopeRoom(scope));
    // Taken before the read: whatever was still running may commit after it, below the
    // client's new cursor; the client sends this horizon next time to get those too.
    const nextHorizon = await readTransactionHorizon();
    const { events, hasMore } = await listEventsAfter(scope, { afterSeq, horizon, upToSeq: settledSeq() });
    return { ok: true, events, hasMore, horizon: nextHorizon.toString() };
  }

  /** Join, then read: an event committed in between is in the catch-up, relayed, or both (clients drop repeats by seq). */
  async function followMonitoring({ chainId, cursor }: { chainId: string; cursor: bigint }): Promise<MonitoringSubscribeAck> {
    await authorizeSubscription(socket.data.actor, { kind: "chain", id: chainId });
    if (socket.disconnected) return { ok: false, error: "Disconnected", code: "disconnected" };
    await socket.join(monitoringRoom(chainId));
    const page = await listLiveEventsSince({ since: cursor, chainId, limit: MONITORING_CATCH_UP_LIMIT });
    return {
      ok: true,
      events: page.events.map(({ seq, type, data }) => ({ seq, type, data }) as LiveEventMessage),
      cursor: page.cursor.toString(),
      resync: page.hasMore,
    };
  }

  async function unsubscribe({ scope }: Feed): Promise<UnsubscribeAck> {
    await socket.leave(scopeRoom(scope));
    return { ok: true };
  }

  const answer = <T>(ack: unknown, run: () => Promise<T>) => answerAck(ack, run, log);

  socket.on("order:subscribe", (input, ack) => answer(ack, () => subscribe(orderFeedSchema.parse(input))));
  socket.on("order:unsubscribe", (input, ack) => answer(ack, () => unsubscribe(orderFeedSchema.parse(input))));
  socket.on("restaurant:subscribe", (input, ack) => answer(ack, () => subscribe(restaurantFeedSchema.parse(input))));
  socket.on("restaurant:unsubscribe", (input, ack) => answer(ack, () => unsubscribe(restaurantFeedSchema.parse(input))));
  socket.on("chain:subscribe", (input, ack) => answer(ack, () => subscribe(chainFeedSchema.parse(input))));
  socket.on("monitoring:subscribe", (input, ack) => answer(ack, () => followMonitoring(monitoringFeedSchema.parse(input))));
  socket.on("monitoring:unsubscribe", (input, ack) =>
    answer(ack, async () => {
      await socket.leave(monitoringRoom(monitoringFeedSchema.pick({ chainId: true }).parse(input).chainId));
      return { ok: true as const };
    }),
  );
  socket.on("chain:unsubscribe", (input, ack) => answer(ack, () => unsubscribe(chainFeedSchema.parse(input))));
}
