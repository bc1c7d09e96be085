// What the driver app's notice line says about the connection and the GPS, most urgent
// first: no network, location blocked, no fix, socket reconnecting, waiting for a first fix.
// A catalogue key (driver.connection.*) and its arguments: the notice renders it in the driver's language.
import type { GpsState } from "./use-position-stream";

export interface ConnectionNoticeProps {
  networkOnline: boolean;
  socketConnected: boolean;
  online: boolean;
  gps: GpsState;
  buffered: number;
}

export interface ConnectionMessage {
  key: "offline" | "denied" | "noFix" | "reconnecting" | "waitingForFix";
  values?: { buffered: number };
  level: "bad" | "warn";
}

export function connectionMessage({ networkOnline, socketConnected, online, gps, buffered }: ConnectionNoticeProps): ConnectionMessage | null {
  if (!networkOnline) return { key: "offline", values: { buffered }, level: "bad" };
  if (online && gps === "denied") return { key: "denied", level: "bad" };
  if (online && gps === "unavailable") return { key: "noFix", level: "warn" };
  if (!socketConnected) return { key: "reconnecting", values: { buffered }, level: "warn" };
  if (online && gps === "waiting") return { key: "waitingForFix", level: "warn" };
  return null;
}
