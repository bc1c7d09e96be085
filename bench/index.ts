// `npm run bench -- <name> [options]`: benchmarks print figures; they never assert.
import { benchOrdering } from "./ordering";
import { benchDispatch } from "./dispatch";
import { benchGps } from "./gps";
import { benchMonitoring } from "./monitoring";
import { benchReports } from "./reports";
import { benchCompare } from "./compare";
import { benchBrowse } from "./browse";

const benches: Record<string, (argv: string[]) => Promise<void>> = {
  ordering: benchOrdering,
  dispatch: benchDispatch,
  gps: benchGps,
  monitoring: benchMonitoring,
  reports: benchReports,
  compare: benchCompare,
  browse: benchBrowse,
};

const [name, ...argv] = process.argv.slice(2);
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join("|")}> [options]`);
  process.exit(2);
}
await bench(argv);
