"use client";
// While the driver is online: the phone's GPS (navigator.geolocation) sent every ~5 s over
// the socket (`driver:location`, acknowledged). With no connection the points go into the
// offline buffer (./position-buffer-store.ts) and are uploaded in one batch once the
// connection is back, before any new live point: the ingest drops points older than the
// last one it accepted.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { LatLng } from "@/lib/geo/geohash";
import { getRealtimeSocket } from "@/lib/realtime/realtime-socket";
import { pointsToFlush, type BufferedPoint } from "@/lib/tracking/position-buffer";
import { uploadPositions } from "./driver-api";
import { positionBuffer } from "./position-buffer-store";

export const SEND_EVERY_MS = 5000;
/** A fix older than this is not where the phone is any more: send nothing rather than it. */
const MAX_FIX_AGE_MS = 60_000;
const ACK_TIMEOUT_MS = 8000;

export type GpsState = "off" | "waiting" | "ok" | "denied" | "unavailable";

export interface PositionStream {
  gps: GpsState;
  position: LatLng | null;
  /** Points waiting for a connection. */
  buffered: number;
}

const hasGeolocation = () => "geolocation" in navigator;
const noop = () => () => {};

export function usePositionStream(realtimeUrl: string, active: boolean): PositionStream {
  // What the GPS last said during this activation (null: nothing yet).
  const [report, setReport] = useState<{ gps: "ok" | "denied" | "unavailable"; position: LatLng | null } | null>(null);
  const buffered = useSyncExternalStore(positionBuffer.subscribe, positionBuffer.size, () => 0);
  const supported = useSyncExternalStore(noop, hasGeolocation, () => true);
  const fix = useRef<GeolocationPosition | null>(null);

  useEffect(() => {
    if (!active || !hasGeolocation()) return;
    const socket = getRealtimeSocket(realtimeUrl);
    let sending = false;

    const watch = navigator.geolocation.watchPosition(
      (p) => {
        fix.current = p;
        setReport({ gps: "ok", position: { lat: p.coords.latitude, lng: p.coords.longitude } });
      },
      (error) => setReport((r) => ({ gps: error.code === error.PERMISSION_DENIED ? "denied" : "unavailable", position: r?.position ?? null })),
      { enableHighAccuracy: true, maximumAge: SEND_EVERY_MS, timeout: 30_000 },
    );

    const flush = async () => {
      const batch = pointsToFlush(positionBuffer.points(), Date.now());
      if (batch.length) await uploadPositions(batch);
      positionBuffer.clear();
    };

    const send = async () => {
      const current = fix.current;
      if (sending || !current || Date.now() - current.timestamp > MAX_FIX_AGE_MS) return;
      const { latitude, longitude, accuracy, speed, heading } = current.coords;
      // A phone standing still gets no new fix: its last one is still where it is now.
      const point: BufferedPoint = { lat: latitude, lng: longitude, accuracy, recordedAt: new Date().toISOString() };
      if (speed !== null && speed >= 0) point.speed = speed;
      if (heading !== null && !Number.isNaN(heading)) point.heading = heading;
      if (!socket.connected || !navigator.onLine) return positionBuffer.add(point);
      sending = true;
      try {
        if (positionBuffer.size()) await flush();
        await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("driver:location", point);
      } catch {
        positionBuffer.add(point);
      } finally {
        sending = false;
      }
    };

    const timer = setInterval(() => void send(), SEND_EVERY_MS);
    return () => {
      clearInterval(timer);
      navigator.geolocation.clearWatch(watch);
      fix.current = null;
      setReport(null);
    };
  }, [active, realtimeUrl]);

  const gps: GpsState = !active ? "off" : !supported ? "unavailable" : (report?.gps ?? "waiting");
  return { gps, position: report?.position ?? null, buffered };
}
