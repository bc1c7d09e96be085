import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { DriverApp } from "@/components/driver/driver-app";

// Installable on the phone: the manifest scopes the app to /driver, the service worker
// (public/driver-sw.js, registered by the app) gives it an offline shell.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("driver.metadata");
  return {
    title: t("title"),
    manifest: "/driver.webmanifest",
    appleWebApp: { capable: true, title: t("appTitle"), statusBarStyle: "default" },
    icons: { apple: "/driver-icon-192.png" },
  };
}
export const viewport: Viewport = { themeColor: "#c4420c", width: "device-width", initialScale: 1 };
export const dynamic = "force-dynamic";

export default async function DriverPage() {
  await requireSurface("driver", "/driver");
  return <DriverApp realtimeUrl={await getRealtimeUrl()} />;
}
