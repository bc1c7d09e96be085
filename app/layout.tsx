import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { SiteHeaderGate } from "@/components/site-header-gate";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Swift Eats", template: "%s · Swift Eats" },
  description: "Order from restaurants near you and follow your delivery live.",
};

export const viewport: Viewport = { themeColor: "#c4420c", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <a href="#main" className="skip-link">
            Skip to content
          </a>
          <SiteHeaderGate>
            <AppHeader />
          </SiteHeaderGate>
          {/* tabIndex -1: the skip link moves focus here, so the next Tab starts in the page. */}
          <main id="main" tabIndex={-1} className="page">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
