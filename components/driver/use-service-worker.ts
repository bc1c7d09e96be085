"use client";
// Registers the driver app's service worker (public/driver-sw.js): an offline shell for
// /driver, so the app opens with no connection and says so instead of a browser error page.
import { useEffect, useState, useSyncExternalStore } from "react";

export type ServiceWorkerState = "off" | "unsupported" | "registering" | "ready" | "failed";

// Not in development: a cache-first worker would keep serving chunks the dev server rebuilt.
const ENABLED = process.env.NODE_ENV === "production";

const supportsWorkers = () => "serviceWorker" in navigator;
const noop = () => () => {};

export function useServiceWorker(): ServiceWorkerState {
  const supported = useSyncExternalStore(noop, supportsWorkers, () => true);
  const [state, setState] = useState<"registering" | "ready" | "failed">("registering");
  useEffect(() => {
    if (!ENABLED || !supportsWorkers()) return;
    navigator.serviceWorker
      .register("/driver-sw.js", { scope: "/driver" })
      .then(() => navigator.serviceWorker.ready)
      .then(() => setState("ready"))
      .catch(() => setState("failed"));
  }, []);
  if (!ENABLED) return "off";
  return supported ? state : "unsupported";
}
