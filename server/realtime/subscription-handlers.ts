// The subscribe/unsubscribe events: parse, authorize in the database, join or leave the
// room, answer with the catch-up. A bad payload or a refusal is an ack, never a crash.
import type { Logger } from "@/lib/logger";
import { authorizeSubscription } from "@/lib/realtime/authorize-subscription";
import { scopeRoom, type SubscribeAck, type UnsubscribeAck } from "@/lib/realtime/events";
import { listEventsAfter } from "@/lib/realtime/list-events-after";
import { chainFeedSchema, orderFeedSchema, restaurantFeedSchema, type Feed } from "@/lib/realtime/schemas";
import type { RealtimeSocket } from "./create-realtime-server";
import { answerAck } from "./answer-ack";

export function registerSubscriptionHandlers(socket: RealtimeSocket, settledSeq: () => bigint, log: Logger) {
  async function subscribe({ scope, afterSeq }: Feed): Promise<SubscribeAck> {
    await authorizeSubscription(socket.data.actor, scope);
    // Gone while we checked: joining now would leave the room holding a dead socket id.
    if (socket.disconnected) return { ok: false, error: "Disconnected", code: "disconnected" };
    // Join first, then read: an event committed in between is in the catch-up, relayed to
    // the room, or both (clients drop repeats by seq). Read only what the relay has settled:
    // later events reach the room in seq order, so the client's highest seq stays a safe cursor.
    await socket.join(scopeRoom(scope));
    const { events, hasMore } = await listEventsAfter(scope, { afterSeq, upToSeq: settledSeq() });
    return { ok: true, events, hasMore };
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
  socket.on("chain:unsubscribe", (input, ack) => answer(ack, () => unsubscribe(chainFeedSchema.parse(input))));
}
