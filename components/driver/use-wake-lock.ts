"use client";
// Keeps the phone's screen on during a job (Screen Wake Lock API), so GPS keeps streaming
// and the map stays readable on the handlebar. Browsers drop the lock when the tab is
// hidden: it is asked for again when the tab comes back. Without support the job still works.
import { useEffect, useState } from "react";

export function useWakeLock(wanted: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!wanted || !("wakeLock" in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = async () => {
      if (document.visibilityState !== "visible" || (sentinel && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request("screen");
        if (cancelled) return void lock.release();
        sentinel = lock;
        setHeld(true);
        lock.addEventListener("release", () => setHeld(false));
      } catch {
        // Denied (battery saver, no user gesture yet): asked again on the next visibility change.
      }
    };
    void request();
    document.addEventListener("visibilitychange", request);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", request);
      void sentinel?.release();
    };
  }, [wanted]);
  return wanted && held;
}
