// One subscriber process of the order-events path of `npm run bench -- compare` (forked by
// bench/compare-order-events.ts): opens its share of sockets (kitchen screens following their
// restaurant, customers following their order), subscribes each as the pages do, and reports
// every `order:event` it receives (who, which seq, when) to the parent, which knows who should
// have got what. Counting happens there: one process cannot see another's duplicates.
import { io, type Socket } from "socket.io-client";
import type { OrderEventMessage, SubscribeAck } from "@/lib/realtime/events";

export interface SubscriberConfig {
  urls: string[];
  /** Each subscriber connects to urls[instance]. */
  subscribers: { index: number; instance: number; token: string; kind: "order" | "restaurant"; id: string }[];
  /** Catch up from here (the log's newest seq when the load starts): earlier runs' events are not this run's. */
  afterSeq: string;
  /** Connections opened per second by this process. */
  connectRate: number;
}

/** [subscriber index, seq, received at (ms since the epoch)] */
export type Delivery = [number, number, number];

export type SubscriberMessage = { type: "subscribed"; indices: number[] } | { type: "deliveries"; deliveries: Delivery[] };

const sockets: Socket[] = [];
let deliveries: Delivery[] = [];

/** Resolves with the subscriber's index once subscribed, null when it could not be. */
function follow(url: string, s: SubscriberConfig["subscribers"][number], afterSeq: string): Promise<number | null> {
  const socket = io(url, { transports: ["websocket"], auth: { token: s.token }, forceNew: true, reconnectionAttempts: 3, timeout: 20_000 });
  sockets.push(socket);
  socket.on("order:event", (event: OrderEventMessage) => deliveries.push([s.index, Number(event.seq), Date.now()]));
  return new Promise((resolve) => {
    socket.once("connect_error", () => resolve(null));
    socket.once("connect", () => {
      const feed = s.kind === "order" ? { orderId: s.id, afterSeq } : { restaurantId: s.id, afterSeq };
      socket.timeout(30_000).emit(`${s.kind}:subscribe`, feed, (error: Error | null, ack: SubscribeAck) => resolve(!error && ack.ok ? s.index : null));
    });
  });
}

process.on("message", (message: { type: "start"; config: SubscriberConfig } | { type: "stop" }) => {
  if (message.type === "stop") {
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
  const { urls, subscribers, afterSeq, connectRate } = message.config;
  void (async () => {
    const followed: Promise<number | null>[] = [];
    for (const s of subscribers) {
      followed.push(follow(urls[s.instance]!, s, afterSeq));
      await new Promise((r) => setTimeout(r, 1000 / connectRate));
    }
    const indices = (await Promise.all(followed)).filter((i): i is number => i !== null);
    process.send!({ type: "subscribed", indices } satisfies SubscriberMessage);
  })();
});

// What arrived since the last report (the parent matches seqs to commits at the end of a window).
setInterval(() => {
  if (deliveries.length === 0) return;
  process.send!({ type: "deliveries", deliveries } satisfies SubscriberMessage);
  deliveries = [];
}, 250).unref();

// Never outlive the parent.
process.on("disconnect", () => process.exit(0));
