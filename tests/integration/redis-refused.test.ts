// Redis refusing connections: menus, search and orders still answer; health says 503.
import { describeRedisOutage, refusingRedisUrl } from "../support/redis-outage";

describeRedisOutage("refusing connections", async () => ({ url: await refusingRedisUrl(), close: async () => {} }));
