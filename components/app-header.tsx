// The role-aware shell: who is signed in, and links to exactly the surfaces they may use.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { canUse, type Surface } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { SignOutButton } from "./auth/sign-out-button";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitcher } from "./locale-switcher";

const SURFACE_LINKS: { surface: Surface; href: string }[] = [
  { surface: "orders", href: "/orders" },
  { surface: "kitchen", href: "/kitchen" },
  { surface: "driver", href: "/driver" },
  { surface: "admin", href: "/admin" },
];

export async function AppHeader() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("common")]);
  const links = SURFACE_LINKS.filter((l) => canUse(actor, l.surface));
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label={t("header.home")}>
        <span className="brand-mark" aria-hidden>⚡</span>
        <span className="brand-name">Swift Eats</span>
      </Link>
      {/* Signed in, a phone finds the language in the Menu (CSS shows one of the two switchers). */}
      {links.length > 0 && (
        <HeaderMenu links={links.map(({ href, surface }) => ({ href, label: t(`surfaces.${surface}`) }))}>
          <LocaleSwitcher />
        </HeaderMenu>
      )}
      <div className="account">
        <LocaleSwitcher className={links.length > 0 ? "locale-switcher-beside-menu" : undefined} />
        {actor ? (
          <>
            <span className="account-name" title={`${actor.email} · ${t(`roles.${actor.role}`)}`}>
              {actor.name}
            </span>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link href="/signin">{t("header.signIn")}</Link>
            <Link href="/signup" className="button button-small">
              {t("header.signUp")}
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
