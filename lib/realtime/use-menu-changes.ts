"use client";
// Follows an outlet's menu on the public namespace: `onVersion` gets the menu version when
// the room is joined (and re-joined after a reconnect) and every version announced after.
// The caller compares it with what it shows, so a change made between the page's render
// and the join is caught too. Returns whether the outlet's room is joined right now.
import { useEffect, useRef, useState } from "react";
import type { MenuChangedMessage } from "@/lib/realtime/menu-events";
import { getPublicSocket } from "@/lib/realtime/public-socket";

const ACK_TIMEOUT_MS = 10_000;

// Hooks on one page share the tab's socket, and so its rooms: only the last one to stop
// following an outlet may leave its room.
const followers = new Map<string, number>();

export function useMenuChanges(realtimeUrl: string, restaurantId: string, onVersion: (menuVersion: number) => void) {
  const latest = useRef(onVersion);
  const [following, setFollowing] = useState(false);
  useEffect(() => {
    latest.current = onVersion;
  });

  useEffect(() => {
    const socket = getPublicSocket(realtimeUrl);
    let active = true;
    const follow = () => {
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck("menu:follow", { restaurantId })
        .then((ack) => {
          if (!active) return; // answered after this effect ended
          setFollowing(ack.ok);
          if (ack.ok) latest.current(ack.menuVersion);
          else console.error(`Live menu refused for ${restaurantId}: ${ack.error}`);
        })
        // No answer in time: the next reconnect follows again.
        .catch(() => undefined);
    };
    const onDisconnect = () => setFollowing(false);
    const onChanged = (message: MenuChangedMessage) => {
      if (message.restaurantId === restaurantId) latest.current(message.menuVersion);
    };

    followers.set(restaurantId, (followers.get(restaurantId) ?? 0) + 1);
    socket.on("menu:changed", onChanged);
    socket.on("connect", follow);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) follow();

    return () => {
      active = false;
      socket.off("menu:changed", onChanged);
      socket.off("connect", follow);
      socket.off("disconnect", onDisconnect);
      setFollowing(false);
      const left = (followers.get(restaurantId) ?? 1) - 1;
      if (left > 0) followers.set(restaurantId, left);
      else {
        followers.delete(restaurantId);
        if (socket.connected) socket.emit("menu:unfollow", { restaurantId });
      }
    };
  }, [realtimeUrl, restaurantId]);

  return following;
}
