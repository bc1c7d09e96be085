// One Socket.IO connection per browser tab, shared by every live view on the page.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

export type RealtimeClient = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: { url: string; socket: RealtimeClient } | undefined;

/** The tab's socket to `url`, created (and connecting) on first use. */
export function getRealtimeSocket(url: string): RealtimeClient {
  if (shared?.url !== url) {
    shared?.socket.disconnect();
    shared = {
      url,
      // The session cookie authenticates the socket (withCredentials covers the polling
      // fallback). WebSocket first: behind a load balancer it needs no sticky sessions.
      socket: io(url, { withCredentials: true, transports: ["websocket", "polling"], tryAllTransports: true }),
    };
  }
  return shared.socket;
}

/** The tab's socket to `url` if one was created, without creating it (render-safe). */
export function peekRealtimeSocket(url: string): RealtimeClient | undefined {
  return shared?.url === url ? shared.socket : undefined;
}
