"use client";
// The site's header (brand, sign-in, surfaces) on every page but the table tablet: a kiosk on a
// restaurant table shows its outlet and table only, and offers no way out to the rest of the site.
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const isKioskPath = (pathname: string) => pathname.startsWith("/t/");

export function SiteHeaderGate({ children }: { children: ReactNode }) {
  return isKioskPath(usePathname() ?? "") ? null : children;
}
