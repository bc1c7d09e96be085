import Link from "next/link";
import { useTranslations } from "next-intl";

const SECTIONS = ["availability", "menu", "tables"] as const;

/** The heading and section tabs of an outlet's staff pages. */
export function OutletNav({ restaurantId, name, current }: { restaurantId: string; name: string; current: (typeof SECTIONS)[number] }) {
  const t = useTranslations("kitchen");
  return (
    <header className="avail-header">
      <p className="muted small">
        <Link href="/kitchen">{t("title")}</Link> / {name}
      </p>
      <h1>{t(`nav.${current}`)}</h1>
      <nav aria-label={t("nav.label")} className="avail-tabs">
        {SECTIONS.map((s) => (
          <Link key={s} href={`/kitchen/${restaurantId}/${s}`} aria-current={s === current ? "page" : undefined}>
            {t(`nav.${s}`)}
          </Link>
        ))}
      </nav>
    </header>
  );
}
