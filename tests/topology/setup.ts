// Before each topology test file imports anything: the cluster's auth secret (made by
// start.sh), so the sessions the tests sign are the ones its instances accept.
import fs from "node:fs";
import path from "node:path";

process.env.NEXTAUTH_SECRET = fs.readFileSync(path.join(process.env.CLUSTER_ROOT!, ".data/cluster/auth-secret"), "utf8").trim();
