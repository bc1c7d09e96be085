"use client";
// The signed-in person's surface links. On a phone they fold behind a "Menu" disclosure so the
// sticky header stays one compact row (wrapped, it took 137 of 844 px), with `children` (the
// language switcher) under them; from 720 px wide the button and the children are hidden and
// the links sit inline (app/globals.css).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface HeaderLink {
  href: string;
  label: string;
}

export function HeaderMenu({ links, children }: { links: HeaderLink[]; children?: ReactNode }) {
  const t = useTranslations("common.header");
  const pathname = usePathname();
  // Open on the page it was opened on: any navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const navId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!nav.current?.contains(target) && !button.current?.contains(target)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="header-menu-button button button-small button-quiet"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {t("menu")}
      </button>
      <nav ref={nav} id={navId} aria-label={t("surfaces")} className="surface-nav" data-open={open}>
        {links.map((l) => (
          <Link key={l.href} href={l.href} aria-current={pathname === l.href ? "page" : undefined} onClick={() => setOpenOn(null)}>
            {l.label}
          </Link>
        ))}
        {children && <div className="surface-nav-extra">{children}</div>}
      </nav>
    </>
  );
}
