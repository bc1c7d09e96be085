import Link from "next/link";

const SECTIONS = [
  { path: "availability", label: "Availability" },
  { path: "menu", label: "Menu" },
  { path: "tables", label: "Tables" },
] as const;

/** The heading and section tabs of an outlet's staff pages. */
export function OutletNav({ restaurantId, name, current }: { restaurantId: string; name: string; current: (typeof SECTIONS)[number]["path"] }) {
  return (
    <header className="avail-header">
      <p className="muted small">
        <Link href="/kitchen">Kitchen</Link> / {name}
      </p>
      <h1>{SECTIONS.find((s) => s.path === current)!.label}</h1>
      <nav aria-label="Outlet sections" className="avail-tabs">
        {SECTIONS.map((s) => (
          <Link key={s.path} href={`/kitchen/${restaurantId}/${s.path}`} aria-current={s.path === current ? "page" : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
