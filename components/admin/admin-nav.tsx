"use client";
// The dashboard's sections; the chosen chain (?chain=) travels along from page to page.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

const SECTIONS = [
  { href: "/admin", label: "live" },
  { href: "/admin/reports", label: "reports" },
  { href: "/admin/alerts", label: "alerts" },
  { href: "/admin/notifications", label: "notifications" },
  { href: "/admin/outbox", label: "outbox" },
] as const;

export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  const chain = useSearchParams().get("chain");
  const query = chain ? `?chain=${encodeURIComponent(chain)}` : "";
  return (
    <nav className="admin-nav" aria-label={t("label")}>
      {SECTIONS.map((s) => (
        <Link key={s.href} href={`${s.href}${query}`} aria-current={pathname === s.href ? "page" : undefined}>
          {t(s.label)}
        </Link>
      ))}
    </nav>
  );
}
