"use client";
// The offline position buffer (lib/tracking/position-buffer.ts) kept in localStorage, so it
// survives a reload or the app being killed, with a subscription for the "n waiting" count.
import { addToBuffer, type BufferedPoint } from "@/lib/tracking/position-buffer";

const STORAGE_KEY = "swifteats.driver.position-buffer";
const listeners = new Set<() => void>();
let memory: BufferedPoint[] | undefined;

function read(): BufferedPoint[] {
  if (memory) return memory;
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]") as unknown;
    memory = Array.isArray(stored) ? (stored as BufferedPoint[]) : [];
  } catch {
    memory = [];
  }
  return memory;
}

function write(points: BufferedPoint[]) {
  memory = points;
  try {
    if (points.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(points));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked (private mode): the points live in memory only.
  }
  for (const listener of listeners) listener();
}

export const positionBuffer = {
  points: read,
  add: (point: BufferedPoint) => write(addToBuffer(read(), point)),
  clear: () => write([]),
  size: () => (typeof window === "undefined" ? 0 : read().length),
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
