"use client";
// The dashboard's sections; the chosen chain (?chain=) travels along from page to page.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const SECTIONS = [
  { href: "/admin", label: "Live" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/alerts", label: "Alert settings" },
  { href: "/admin/notifications", label: "Notifications" },
  { href: "/admin/outbox", label: "Outbox" },
];

export function AdminNav() {
  const pathname = usePathname();
  const chain = useSearchParams().get("chain");
  const query = chain ? `?chain=${encodeURIComponent(chain)}` : "";
  return (
    <nav className="admin-nav" aria-label="Chain monitoring">
      {SECTIONS.map((s) => (
        <Link key={s.href} href={`${s.href}${query}`} aria-current={pathname === s.href ? "page" : undefined}>
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
