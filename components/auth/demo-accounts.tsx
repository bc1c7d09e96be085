// Shown on the sign-in page of demo installs so a visitor can try every surface.
import { getTranslations } from "next-intl/server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { env } from "@/lib/env";

export async function DemoAccounts() {
  if (!env.SHOW_DEMO_LOGINS) return null;
  const t = await getTranslations("auth.demo");
  const roles = await getTranslations("common.roles");
  return (
    <aside className="card demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">{t("title")}</h2>
      <p className="muted">{t.rich("password", { password: DEMO_PASSWORD, code: (chunks) => <code>{chunks}</code> })}</p>
      <ul>
        {DEMO_ACCOUNTS.map((a) => (
          <li key={a.email}>
            <code>{a.email}</code> <span className="muted">{roles(a.role)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
