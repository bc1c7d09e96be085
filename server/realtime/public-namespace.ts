// The public, read-only namespace (/public): no session needed, so signed-out customers and
// table tablets can keep their menus live. A socket may only follow outlets' menu rooms and
// is told the version each is at; nothing here reads or changes anything else. The default
// namespace and its session check (create-realtime-server.ts) are untouched by it.
import type { Namespace, Socket } from "socket.io";
import type { Logger } from "@/lib/logger";
import type { MenuChangeNotice } from "@/lib/catalog/bump-menu-version";
import { listMenuVersions } from "@/lib/catalog/list-menu-versions";
import {
  menuRoom,
  PUBLIC_NAMESPACE,
  type MenuFollowAck,
  type PublicClientToServerEvents,
  type PublicServerToClientEvents,
} from "@/lib/realtime/menu-events";
import { menuFollowSchema } from "@/lib/realtime/menu-schemas";
import type { RealtimeIo } from "./create-realtime-server";
import { startMenuChangeRelay } from "./menu-change-relay";
import { refusal } from "./answer-ack";

type PublicNamespace = Namespace<PublicClientToServerEvents, PublicServerToClientEvents>;
type PublicSocket = Socket<PublicClientToServerEvents, PublicServerToClientEvents>;

/** Enough for a page with a few outlets; keeps one anonymous socket from joining thousands. */
const MAX_FOLLOWED_PER_SOCKET = 20;
const ROOM_PREFIX = menuRoom("");

async function follow(socket: PublicSocket, input: unknown): Promise<MenuFollowAck> {
  const parsed = menuFollowSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "restaurantId must be a UUID", code: "invalid_request" };
  const room = menuRoom(parsed.data.restaurantId);
  // socket.rooms also holds the socket's own id.
  if (!socket.rooms.has(room) && socket.rooms.size > MAX_FOLLOWED_PER_SOCKET) {
    return { ok: false, error: "Following too many menus", code: "too_many" };
  }
  const menuVersion = (await listMenuVersions([parsed.data.restaurantId])).get(parsed.data.restaurantId);
  if (menuVersion === undefined) return { ok: false, error: "Restaurant not found", code: "not_found" };
  // Join, then the version read above is compared by the client: a change committed in
  // between arrives as an event too, and the client keeps the highest version it saw.
  if (socket.connected) await socket.join(room);
  return { ok: true, menuVersion };
}

export async function startPublicNamespace({ io, databaseUrl, log }: { io: RealtimeIo; databaseUrl: string; log: Logger }) {
  const nsp = io.of(PUBLIC_NAMESPACE) as unknown as PublicNamespace;

  nsp.on("connection", (socket) => {
    socket.on("menu:follow", (input, ack) => {
      void follow(socket, input)
        .catch((error: unknown): MenuFollowAck => refusal(error, log))
        .then((result) => {
          if (typeof ack === "function") ack(result);
        });
    });
    socket.on("menu:unfollow", (input) => {
      const parsed = menuFollowSchema.safeParse(input);
      if (parsed.success) void socket.leave(menuRoom(parsed.data.restaurantId));
    });
  });

  // Local only, like the order relay: every instance hears the same NOTIFY and tells its own
  // sockets; with the Redis adapter a plain to() would reach each client once per instance.
  const announce = ({ restaurantId, menuVersion }: MenuChangeNotice) =>
    nsp.local.to(menuRoom(restaurantId)).emit("menu:changed", { restaurantId, menuVersion });

  return startMenuChangeRelay({
    databaseUrl,
    log,
    onChange: announce,
    onListening: async () => {
      const followed = [...nsp.adapter.rooms.keys()].filter((room) => room.startsWith(ROOM_PREFIX)).map((room) => room.slice(ROOM_PREFIX.length));
      for (const [restaurantId, menuVersion] of await listMenuVersions(followed)) announce({ restaurantId, menuVersion });
    },
  });
}
