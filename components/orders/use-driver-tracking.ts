"use client";
// The customer's live view of the delivery: the driver's position (`driver:position`, sent
// from pickup on) and the ETA (`order:eta`), on top of what the page rendered. Each value is
// the newer of the page's and the socket's (positions by when the phone took them, ETAs by
// when the server computed them), so a page refresh and a live event never fight, for as
// long as the page is open and however often it is rendered again.
import { useEffect, useState } from "react";
import type { DriverPositionMessage, OrderEtaMessage } from "@/lib/realtime/events";
import { getRealtimeSocket } from "@/lib/realtime/realtime-socket";
import { newerEta, type EtaFix } from "@/lib/tracking/newer-eta";

export interface DriverFix {
  lat: number;
  lng: number;
  /** ISO 8601: when the driver's phone took the fix. */
  recordedAt: string;
}

export interface LiveTracking {
  etaAt: string | null;
  position: DriverFix | null;
  /** Device time between the last two fixes: how long the marker glides to the newest. */
  gapMs: number;
  /** When this page last heard of the driver (its own clock), for the stale notice. */
  heardAt: number | null;
}

interface LiveState {
  eta?: EtaFix;
  position?: DriverFix;
  gapMs: number;
  heardAt: number | null;
}

const newer = (a: DriverFix | null | undefined, b: DriverFix | null | undefined) =>
  !a ? (b ?? null) : !b ? a : Date.parse(b.recordedAt) > Date.parse(a.recordedAt) ? b : a;

export function useDriverTracking(
  orderId: string,
  realtimeUrl: string,
  initial: { etaAt: string | null; etaComputedAt: string | null; lastPosition: DriverFix | null },
): LiveTracking {
  const [live, setLive] = useState<LiveState>({ gapMs: Number.NaN, heardAt: null });

  useEffect(() => {
    const socket = getRealtimeSocket(realtimeUrl);
    const onPosition = (message: DriverPositionMessage) => {
      if (message.orderId !== orderId) return;
      const fix = { lat: message.lat, lng: message.lng, recordedAt: message.recordedAt };
      setLive((s) => {
        const previous = s.position;
        if (previous && Date.parse(fix.recordedAt) <= Date.parse(previous.recordedAt)) return s;
        const gapMs = previous ? Date.parse(fix.recordedAt) - Date.parse(previous.recordedAt) : Number.NaN;
        return { ...s, position: fix, gapMs, heardAt: Date.now() };
      });
    };
    const onEta = (payload: OrderEtaMessage) => {
      if (payload.orderId !== orderId) return;
      setLive((s) => ({ ...s, eta: newerEta(s.eta ?? { etaAt: null, computedAt: null }, { etaAt: payload.etaAt, computedAt: payload.computedAt }) }));
    };
    socket.on("driver:position", onPosition);
    socket.on("order:eta", onEta);
    return () => {
      socket.off("driver:position", onPosition);
      socket.off("order:eta", onEta);
    };
  }, [orderId, realtimeUrl]);

  const position = newer(initial.lastPosition, live.position);
  const liveIsCurrent = live.position !== undefined && position === live.position;
  return {
    etaAt: newerEta({ etaAt: initial.etaAt, computedAt: initial.etaComputedAt }, live.eta).etaAt,
    position,
    gapMs: liveIsCurrent ? live.gapMs : Number.NaN,
    heardAt: liveIsCurrent ? live.heardAt : position ? Date.parse(position.recordedAt) : null,
  };
}
