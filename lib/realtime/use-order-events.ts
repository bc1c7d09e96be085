"use client";
// Live order events for client components: the events the page rendered, then every new
// one, with a catch-up after each (re)connect so nothing missed while offline is lost.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { OrderEventMessage, SubscribeAck } from "@/lib/realtime/events";
import { highestSeq, mergeOrderEvents } from "@/lib/realtime/merge-order-events";
import { getRealtimeSocket, peekRealtimeSocket, type RealtimeClient } from "@/lib/realtime/realtime-socket";

/**
 * One order (its customer, driver, staff) or a restaurant's whole feed (kitchen screens).
 * `afterSeq` and `horizon`: the cursor and transaction horizon the page read its data at, for a
 * page that rendered no events (the horizon brings the events committed after that read with
 * a seq below the cursor).
 */
export type OrderEventFeed = ({ orderId: string } | { restaurantId: string }) & { afterSeq?: string; horizon?: string };

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 3_000;
const NO_EVENTS: readonly OrderEventMessage[] = [];

// Hooks on one page share the tab's socket, and so its rooms: only the last one to stop
// following a feed may leave its room.
const followers = new Map<string, number>();

function subscribe(socket: RealtimeClient, kind: "order" | "restaurant", id: string, cursor: { afterSeq: string; horizon?: string }): Promise<SubscribeAck> {
  const timed = socket.timeout(ACK_TIMEOUT_MS);
  return kind === "order"
    ? timed.emitWithAck("order:subscribe", { orderId: id, ...cursor })
    : timed.emitWithAck("restaurant:subscribe", { restaurantId: id, ...cursor });
}

function unsubscribe(socket: RealtimeClient, kind: "order" | "restaurant", id: string) {
  if (kind === "order") socket.emit("order:unsubscribe", { orderId: id });
  else socket.emit("restaurant:unsubscribe", { restaurantId: id });
}

/** Whether the tab's socket to `url` is connected, re-rendering on every change. */
export function useConnected(url: string): boolean {
  const listen = useCallback(
    (onChange: () => void) => {
      const socket = getRealtimeSocket(url);
      socket.on("connect", onChange);
      socket.on("disconnect", onChange);
      return () => {
        socket.off("connect", onChange);
        socket.off("disconnect", onChange);
      };
    },
    [url],
  );
  return useSyncExternalStore(listen, () => peekRealtimeSocket(url)?.connected ?? false, () => false);
}

/**
 * `initialEvents`: what the server component rendered; `realtimeUrl`: from getRealtimeUrl()
 * (lib/realtime/realtime-url.ts). Returns the feed's events, deduped by seq, oldest first.
 */
export function useOrderEvents(feed: OrderEventFeed, initialEvents: readonly OrderEventMessage[], realtimeUrl: string) {
  const kind = "orderId" in feed ? "order" : "restaurant";
  const id = "orderId" in feed ? feed.orderId : feed.restaurantId;
  const key = `${kind}:${id}`;
  const startAfter = highestSeq(initialEvents, BigInt(feed.afterSeq ?? "0")).toString();
  const startHorizon = feed.horizon;

  const [live, setLive] = useState<{ key: string; events: readonly OrderEventMessage[] }>({ key, events: NO_EVENTS });
  const liveEvents = live.key === key ? live.events : NO_EVENTS;
  const events = useMemo(() => mergeOrderEvents(initialEvents, liveEvents), [initialEvents, liveEvents]);
  const connected = useConnected(realtimeUrl);

  useEffect(() => {
    const socket = getRealtimeSocket(realtimeUrl);
    const add = (incoming: readonly OrderEventMessage[]) =>
      setLive((s) => {
        const known = s.key === key ? s.events : NO_EVENTS;
        const merged = mergeOrderEvents(known, incoming);
        return merged === known && s.key === key ? s : { key, events: merged };
      });

    // `after` is where a catch-up resumes: it only moves past events known to be complete,
    // a whole catch-up page, or live events once caught up (the server sends a room's events
    // in seq order, so no earlier one can still arrive).
    let after = BigInt(startAfter);
    let horizon = startHorizon;
    let liveMax = after;
    let caughtUp = false;
    let run = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const catchUp = async () => {
      const mine = ++run;
      caughtUp = false;
      liveMax = after;
      try {
        // The first page's horizon was taken before any page was read: the one to resume from.
        let nextHorizon: string | undefined;
        for (;;) {
          const ack = await subscribe(socket, kind, id, { afterSeq: after.toString(), horizon });
          if (mine !== run) return;
          if (!ack.ok) {
            console.error(`Live updates refused for ${key}: ${ack.error}`);
            return;
          }
          add(ack.events);
          nextHorizon ??= ack.horizon;
          after = highestSeq(ack.events, after);
          if (!ack.hasMore) break;
        }
        horizon = nextHorizon;
        caughtUp = true;
        if (liveMax > after) after = liveMax;
      } catch {
        // No answer in time: ask again (a reconnect also asks again, from `after`).
        if (mine === run && socket.connected) retry = setTimeout(() => void catchUp(), RETRY_MS);
      }
    };
    const onConnect = () => void catchUp();
    const onDisconnect = () => {
      run++;
      caughtUp = false;
      clearTimeout(retry);
    };
    const onEvent = (event: OrderEventMessage) => {
      if ((kind === "order" ? event.orderId : event.restaurantId) !== id) return;
      add([event]);
      const seq = BigInt(event.seq);
      if (caughtUp && seq > after) after = seq;
      else if (!caughtUp && seq > liveMax) liveMax = seq;
    };

    followers.set(key, (followers.get(key) ?? 0) + 1);
    socket.on("order:event", onEvent);
    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) void catchUp();

    return () => {
      run++;
      clearTimeout(retry);
      socket.off("order:event", onEvent);
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      const left = (followers.get(key) ?? 1) - 1;
      if (left > 0) followers.set(key, left);
      else {
        followers.delete(key);
        if (socket.connected) unsubscribe(socket, kind, id);
      }
    };
  }, [kind, id, key, realtimeUrl, startAfter, startHorizon]);

  return { events, connected };
}
