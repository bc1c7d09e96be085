// Applies and creates Prisma migrations through the WebAssembly schema engine, so no
// native engine has to be downloaded (see ../shared/RECIPES.md). Keeps Prisma's folder
// format and `_prisma_migrations` table: `prisma migrate deploy` elsewhere agrees with it.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
/** Each migration folder keeps the schema it produced, the `from` side of the next diff. */
export const SCHEMA_SNAPSHOT = "schema.prisma";

const FILTERS = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  // The package entry imports the .wasm as an ES module, which Node 20 refuses.
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmReady;
}

/** Runs `fn` with an engine, then closes the connections it opened (so a migrated
 *  database can be used as a template right away). */
async function withEngine<T>(
  connectionString: string,
  schemaText: string,
  fn: (engine: bg.SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = new PrismaPg({ connectionString });
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

export function listMigrations(dir = MIGRATIONS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Applies pending migrations; returns the names applied now (empty when up to date). */
export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const lockPath = path.join(dir, "migration_lock.toml");
  const input = {
    migrationsList: {
      baseDir: dir,
      lockfile: { path: "migration_lock.toml", content: fs.readFileSync(lockPath, "utf8") },
      shadowDbInitScript: "",
      migrationDirectories: listMigrations(dir).map((name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    },
    filters: FILTERS,
  } as Parameters<bg.SchemaEngine["applyMigrations"]>[0];
  const result = await withEngine(connectionString, fs.readFileSync(SCHEMA_PATH, "utf8"), (engine) =>
    engine.applyMigrations(input),
  );
  return result.appliedMigrationNames;
}

/** SQL that turns the `previous` schema (null: an empty database) into `current`. */
export async function diffSchemas(connectionString: string, previous: string | null, current: string): Promise<string> {
  const input = {
    from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: previous }] },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
    script: true,
    exitCode: null,
    shadowDatabaseUrl: null,
    filters: FILTERS,
  } as Parameters<bg.SchemaEngine["diff"]>[0];
  const result = await withEngine(connectionString, current, (engine) => engine.diff(input));
  return result.stdout ?? "";
}
