// The Socket.IO adapters a realtime server can run on Redis (SOCKET_ADAPTER; see
// server/realtime/redis-adapter.ts). Here, without dependencies, for the env schema and the bench.
export const SOCKET_ADAPTERS = ["sharded", "classic"] as const;
export type SocketAdapterKind = (typeof SOCKET_ADAPTERS)[number];
