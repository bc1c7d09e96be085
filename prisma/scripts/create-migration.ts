// npm run db:diff -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// schema of the newest migration to prisma/schema.prisma, and a snapshot of the schema
// beside it. Append hand-written SQL (partial indexes, CHECKs) to migration.sql after.
import fs from "node:fs";
import path from "node:path";
import { diffSchemas, listMigrations, MIGRATIONS_DIR, SCHEMA_PATH, SCHEMA_SNAPSHOT } from "@/lib/db/migrations";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(2);
}

const previousName = listMigrations().at(-1);
const previous = previousName
  ? fs.readFileSync(path.join(MIGRATIONS_DIR, previousName, SCHEMA_SNAPSHOT), "utf8")
  : null;
const current = fs.readFileSync(SCHEMA_PATH, "utf8");

// The diff compares two schema files; the engine needs an adapter but never connects.
const sql = await diffSchemas(process.env.DATABASE_URL ?? "postgresql://localhost/unused", previous, current);
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("No schema changes since", previousName ?? "an empty database");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.writeFileSync(path.join(dir, SCHEMA_SNAPSHOT), current);
const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
console.log("Wrote", path.relative(process.cwd(), dir));
