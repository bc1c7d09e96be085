// `npm run build:server`: compiles the standalone processes (server/start/server-build.ts).
import { buildServer } from "../server/start/server-build";

await buildServer();
console.log("server processes compiled into .server-build/");
