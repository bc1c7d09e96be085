"use client";
// Keeps a server-rendered menu page (customer menu, table tablet) current: when a newer menu
// version is announced, the page's server components render again (router.refresh keeps
// client state such as a tablet's order). Refreshes repeat a few times while the page still
// shows an older version: a refresh can reach the server a moment before the writer has
// dropped the cached menu. Returns whether live updates are on.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useMenuChanges } from "@/lib/realtime/use-menu-changes";

const RETRY_MS = 1_000;
const MAX_RETRIES = 5;

export function useLiveMenuPage(realtimeUrl: string, restaurantId: string, renderedVersion: number) {
  const router = useRouter();
  const [announced, setAnnounced] = useState(0);
  const live = useMenuChanges(realtimeUrl, restaurantId, (menuVersion) => setAnnounced((v) => Math.max(v, menuVersion)));

  useEffect(() => {
    if (announced <= renderedVersion) return;
    router.refresh();
    let retries = 0;
    const timer = setInterval(() => {
      if (++retries > MAX_RETRIES) clearInterval(timer);
      else router.refresh();
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [announced, renderedVersion, router]);

  return live;
}
