// Shown on the sign-in page of demo installs so a visitor can try every surface.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { env } from "@/lib/env";

export function DemoAccounts() {
  if (!env.SHOW_DEMO_LOGINS) return null;
  return (
    <aside className="card demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">Demo accounts</h2>
      <p className="muted">
        Every demo account uses the password <code>{DEMO_PASSWORD}</code>.
      </p>
      <ul>
        {DEMO_ACCOUNTS.map((a) => (
          <li key={a.email}>
            <code>{a.email}</code> <span className="muted">{a.role.replaceAll("_", " ").toLowerCase()}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
