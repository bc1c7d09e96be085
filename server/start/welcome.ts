import { DEMO_ACCOUNTS, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";

export function printWelcome(o: { port: number; realtimePort: number; embedded: boolean; redis: "REDIS_URL" | "REDIS_SENTINELS" | null }) {
  const web = `http://localhost:${o.port}`;
  const lines = [
    "",
    "Swift Eats is starting:",
    `  web       ${web}`,
    `  realtime  http://localhost:${o.realtimePort}`,
    `  health    ${web}/api/health`,
    `  database  ${o.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL"}; redis: ${o.redis ?? "off (single node)"}`,
    "",
    "Demo logins (password for all: " + DEMO_ACCOUNTS[0]!.password + "):",
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(17)} ${a.email.padEnd(28)} → ${web}${a.landing}`),
    `  table tablet      ${web}/t/${DEMO_TABLE_TOKEN}`,
    "",
    "Press Ctrl-C to stop.",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}
