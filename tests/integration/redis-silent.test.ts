// Redis accepting connections and never answering: nothing hangs; health says 503.
import { describeRedisOutage, startSilentServer } from "../support/redis-outage";

describeRedisOutage("accepting and never answering", startSilentServer);
