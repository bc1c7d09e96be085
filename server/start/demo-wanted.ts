/** The embedded database is a demo database: seed it on its first run. A configured
 *  DATABASE_URL is only seeded when asked (SEED_DEMO=true), never by surprise. */
export function demoWanted(embedded: boolean): boolean {
  return embedded || ["1", "true"].includes((process.env.SEED_DEMO ?? "").toLowerCase());
}
