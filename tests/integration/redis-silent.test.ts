// Redis accepting connections and never answering: nothing hangs; health says 503; and once
// it answers again, everything recovers without serving what changed during the outage stale.
import { describeRedisOutage, startSilentServer } from "../support/redis-outage";

describeRedisOutage("accepting and never answering", startSilentServer, { heals: true });
