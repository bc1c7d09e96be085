import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { SiteHeaderGate } from "@/components/site-header-gate";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Swift Eats", template: "%s · Swift Eats" }, description: t("siteDescription") };
}

export const viewport: Viewport = { themeColor: "#c4420c", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body>
        {/* Client components get the request's language, catalogue and zone from here. */}
        <NextIntlClientProvider>
          <Providers>
            <a href="#main" className="skip-link">
              {t("skipLink")}
            </a>
            <SiteHeaderGate>
              <AppHeader />
            </SiteHeaderGate>
            {/* tabIndex -1: the skip link moves focus here, so the next Tab starts in the page. */}
            <main id="main" tabIndex={-1} className="page">
              {children}
            </main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
