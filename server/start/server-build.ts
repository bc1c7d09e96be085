// The standalone processes as production runs them: compiled once by esbuild into
// .server-build/<name>.mjs (our TypeScript bundled, packages left to node_modules), then run by
// plain `node`. Running TypeScript through tsx at every start cost each process ~100 MB of RSS
// and half a second (the transpiler and its caches stay loaded); development keeps tsx watch.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { staleSince } from "./build-freshness";
import { SERVER_BUILD_DIR, SERVER_ENTRIES } from "./server-entries";

const STAMP = path.join(SERVER_BUILD_DIR, "BUILT");
const SOURCES = ["server", "lib", "messages", "prisma/schema.prisma", "package-lock.json", "tsconfig.json"];

export const serverBuildIsStale = () => staleSince(STAMP, SOURCES);

export async function buildServer(): Promise<void> {
  await compileEntries(SERVER_ENTRIES);
  fs.writeFileSync(STAMP, new Date().toISOString());
}

/** Compiles `entries` (output name → source) into .server-build/ (also the bench's baselines). */
export async function compileEntries(entries: Record<string, string>): Promise<void> {
  await build({
    entryPoints: entries,
    outdir: SERVER_BUILD_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // node_modules stay where they are: native and wasm packages find their files, and Next.js
    // (server/web.ts) loads its own compiled server as it expects.
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}
