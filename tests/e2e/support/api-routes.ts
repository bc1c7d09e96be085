// Every API route of the app, read from the app/api/v1 tree, so a new route is fuzzed without
// anyone listing it: its path, and per exported method whether that handler reads a body.
import fs from "node:fs";
import path from "node:path";

export interface ApiRoute {
  /** e.g. /api/v1/restaurants/[id]/tables */
  pattern: string;
  methods: { method: string; readsBody: boolean }[];
}

const ROOT = path.join(process.cwd(), "app/api/v1");
const METHOD = /export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

export function apiRoutes(): ApiRoute[] {
  return routeFiles(ROOT).map((file) => {
    const source = fs.readFileSync(file, "utf8");
    const exports = [...source.matchAll(METHOD)];
    const methods = exports.map((match, i) => {
      const block = source.slice(match.index, exports[i + 1]?.index ?? source.length);
      return { method: match[1]!, readsBody: /readJson\(|readBody\(/.test(block) };
    });
    const relative = path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
    return { pattern: `/api/v1/${relative}`, methods };
  });
}

/** Fills [param] and [...param] segments from `values`, else with a fresh UUID. */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => values[name] ?? crypto.randomUUID());
}

/** The events a client may emit to the realtime server, read from their shared type. */
export function socketEvents(): string[] {
  const source = fs.readFileSync(path.join(process.cwd(), "lib/realtime/events.ts"), "utf8");
  const block = source.slice(source.indexOf("export interface ClientToServerEvents"));
  return [...block.slice(0, block.indexOf("\n}")).matchAll(/^\s+"?([a-z]+(?::[a-z]+)?)"?: \(/gm)].map((m) => m[1]!);
}
