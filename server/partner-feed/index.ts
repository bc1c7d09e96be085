// npm run partner-feed: the simulated partner feed on PARTNER_FEED_PORT (default 3002),
// reading DATABASE_URL (the launcher passes it; on its own, set DATABASE_URL). The worker
// polls it when PARTNER_FEED_URL points at it (`npm start` does both for the demo).
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";
import { startPartnerFeed } from "./create-partner-feed";

const log = createLogger("partner-feed");
exitOnUnhandled(log);
const feed = await startPartnerFeed({ port: env.PARTNER_FEED_PORT, log });
log.info("partner feed listening", { url: feed.url, feeds: `${feed.url}/feeds/{channelCode}`, control: `${feed.url}/control/faults` });

async function shutdown(signal: string) {
  log.info("partner feed stopping", { signal });
  await feed.close();
  await prisma.$disconnect();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
