// Where the standalone processes' sources are and how plain `node` runs their compiled bundles.
// Kept apart from server-build.ts so the resident launcher names them without loading esbuild.
import path from "node:path";

export const SERVER_BUILD_DIR = ".server-build";

export const SERVER_ENTRIES = {
  web: "server/web.ts",
  realtime: "server/realtime/index.ts",
  worker: "server/worker/index.ts",
  "partner-feed": "server/partner-feed/index.ts",
} as const;
export type ServerEntry = keyof typeof SERVER_ENTRIES;

/** `node` arguments that run `name` compiled, with stack traces pointing at the TypeScript. */
export const compiledArgs = (name: ServerEntry): string[] => ["--enable-source-maps", path.join(SERVER_BUILD_DIR, `${name}.mjs`)];
