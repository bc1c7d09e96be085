"use client";
import { useEffect } from "react";
import { getRealtimeSocket } from "@/lib/realtime/realtime-socket";

/** A bit more often than monitoring's notion of "online" needs, so one lost beat is harmless. */
export const KITCHEN_HEARTBEAT_MS = 20_000;

/** While the screen is open and connected, tell the server the outlet's kitchen is staffed. */
export function useKitchenHeartbeat(realtimeUrl: string, restaurantId: string, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const socket = getRealtimeSocket(realtimeUrl);
    const beat = () => {
      if (!socket.connected) return;
      socket
        .timeout(KITCHEN_HEARTBEAT_MS / 2)
        .emitWithAck("kitchen:heartbeat", { restaurantId })
        .then((ack) => {
          if (!ack.ok) console.warn(`Kitchen heartbeat refused: ${ack.error}`);
        })
        .catch(() => {
          // No answer in time: the next beat (or the reconnect) tries again.
        });
    };
    beat();
    socket.on("connect", beat);
    const timer = setInterval(beat, KITCHEN_HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      socket.off("connect", beat);
    };
  }, [realtimeUrl, restaurantId, enabled]);
}
