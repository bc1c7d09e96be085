// The role-aware shell: who is signed in, and links to exactly the surfaces they may use.
import Link from "next/link";
import { canUse, type Surface } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { SignOutButton } from "./auth/sign-out-button";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitcher } from "./locale-switcher";

const SURFACE_LINKS: { surface: Surface; href: string; label: string }[] = [
  { surface: "orders", href: "/orders", label: "Orders" },
  { surface: "kitchen", href: "/kitchen", label: "Kitchen" },
  { surface: "driver", href: "/driver", label: "Driver" },
  { surface: "admin", href: "/admin", label: "Admin" },
];

export async function AppHeader() {
  const actor = await getActor();
  const links = SURFACE_LINKS.filter((l) => canUse(actor, l.surface));
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label="Swift Eats home">
        <span className="brand-mark" aria-hidden>⚡</span>
        <span className="brand-name">Swift Eats</span>
      </Link>
      {links.length > 0 && <HeaderMenu links={links.map(({ href, label }) => ({ href, label }))} />}
      <div className="account">
        <LocaleSwitcher />
        {actor ? (
          <>
            <span className="account-name" title={`${actor.email} · ${actor.role.replaceAll("_", " ").toLowerCase()}`}>
              {actor.name}
            </span>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link href="/signin">Sign in</Link>
            <Link href="/signup" className="button button-small">
              Sign up
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
