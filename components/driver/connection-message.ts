// What the driver app's notice line says about the connection and the GPS, most urgent
// first: no network, location blocked, no fix, socket reconnecting, waiting for a first fix.
import type { GpsState } from "./use-position-stream";

export interface ConnectionNoticeProps {
  networkOnline: boolean;
  socketConnected: boolean;
  online: boolean;
  gps: GpsState;
  buffered: number;
}

export function connectionMessage({ networkOnline, socketConnected, online, gps, buffered }: ConnectionNoticeProps): { text: string; level: "bad" | "warn" } | null {
  if (!networkOnline) return { text: `You are offline. Your positions are kept (${buffered}) and sent when the connection is back.`, level: "bad" };
  if (online && gps === "denied") return { text: "Location is blocked. Allow location for Swift Eats in your browser settings, or customers cannot follow you.", level: "bad" };
  if (online && gps === "unavailable") return { text: "No GPS fix. Move to open sky; positions resume by themselves.", level: "warn" };
  if (!socketConnected) return { text: `Reconnecting to live updates…${buffered ? ` ${buffered} positions waiting.` : ""}`, level: "warn" };
  if (online && gps === "waiting") return { text: "Waiting for your first GPS fix…", level: "warn" };
  return null;
}
