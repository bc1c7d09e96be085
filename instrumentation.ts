// Next.js runs register() once when the web server starts. Like every other process, the web
// server logs an unhandled rejection or uncaught exception and exits, so the launcher (or the
// platform's supervisor) restarts it clean: Next.js alone would log it and keep going.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/logger");
  const { exitOnUnhandled } = await import("@/lib/process/exit-on-unhandled");
  exitOnUnhandled(logger);
}
