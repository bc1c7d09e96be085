// Finds the database the CLIs and `npm start` use: DATABASE_URL when set, otherwise an
// embedded PostgreSQL whose data stays in .data/postgres between runs.
import path from "node:path";
import { ensureDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres, type EmbeddedDatabaseServer } from "@/lib/db/embedded-postgres";

export const DATA_DIR = path.resolve(process.cwd(), ".data");
export const EMBEDDED_DATABASE = "swifteats";

export interface OpenDatabase {
  url: string;
  embedded: EmbeddedDatabaseServer | null;
  close(): Promise<void>;
}

export async function openDatabase(onLog?: (message: string) => void): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await ensureDatabase(configured);
    return { url: configured, embedded: null, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    persistent: true,
    onLog,
  });
  const url = embedded.url(EMBEDDED_DATABASE);
  await ensureDatabase(url);
  return { url, embedded, close: () => embedded.stop() };
}
