// Socket event names and payloads, shared by server/realtime and the browser.
import type { Role } from "@/lib/generated/prisma/enums";

export interface ServerToClientEvents {
  /** Sent once after the handshake: who the server thinks you are. */
  welcome: (payload: { userId: string; role: Role; serverTime: string }) => void;
}

export interface ClientToServerEvents {
  ping: (ack: (payload: { serverTime: string }) => void) => void;
}

export const userRoom = (userId: string) => `user:${userId}`;
