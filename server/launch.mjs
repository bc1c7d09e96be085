// `npm start` and `npm run dev` (with --dev): compiles the launcher (server/start.ts) and runs
// it in this process with plain node. The launcher stays resident for as long as the stack
// runs, so it must not carry tsx (its transpiler and caches cost ~100 MB) nor esbuild: the
// bundle is made by esbuild's own binary in a child process, in a few tens of milliseconds.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const esbuild = createRequire(import.meta.url).resolve("esbuild/bin/esbuild");
const bundle = execFileSync(
  esbuild,
  ["server/start.ts", "--bundle", "--platform=node", "--format=esm", "--target=node20", "--packages=external", "--log-level=warning"],
  { stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
);
// Written under a name of this process's own, then renamed into place: two stacks starting at
// once (test runs) never import a half-written launcher.
const out = path.resolve(".server-build", "start.mjs");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(`${out}.${process.pid}`, bundle);
fs.renameSync(`${out}.${process.pid}`, out);
await import(pathToFileURL(out).href);
