// Who may follow which order events. Memberships are read from the database, not from the
// session token, so staff removed from a restaurant (or an admin moved to another chain)
// lose access on their next subscribe.
import { prisma } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventScope } from "@/lib/realtime/events";

function visibleOrders(actor: Actor): Prisma.OrderWhereInput {
  switch (actor.role) {
    case "PLATFORM_ADMIN":
      return {};
    case "CUSTOMER":
      return { customerId: actor.userId };
    case "RESTAURANT_STAFF":
      return { restaurant: { staff: { some: { userId: actor.userId } } } };
    case "DRIVER":
      return { driver: { userId: actor.userId } };
    case "CHAIN_ADMIN":
      return { restaurant: { chain: { admins: { some: { id: actor.userId } } } } };
  }
}

/** null: the role never follows a whole restaurant (customers, drivers). */
function visibleRestaurants(actor: Actor): Prisma.RestaurantWhereInput | null {
  if (actor.role === "PLATFORM_ADMIN") return {};
  if (actor.role === "RESTAURANT_STAFF") return { staff: { some: { userId: actor.userId } } };
  if (actor.role === "CHAIN_ADMIN") return { chain: { admins: { some: { id: actor.userId } } } };
  return null;
}

function visibleChains(actor: Actor): Prisma.ChainWhereInput | null {
  if (actor.role === "PLATFORM_ADMIN") return {};
  if (actor.role === "CHAIN_ADMIN") return { admins: { some: { id: actor.userId } } };
  return null;
}

async function countVisible(actor: Actor, scope: EventScope): Promise<number> {
  switch (scope.kind) {
    case "order":
      return prisma.order.count({ where: { AND: [{ id: scope.id }, visibleOrders(actor)] } });
    case "restaurant": {
      const visible = visibleRestaurants(actor);
      if (!visible) throw forbidden();
      return prisma.restaurant.count({ where: { AND: [{ id: scope.id }, visible] } });
    }
    case "chain": {
      const visible = visibleChains(actor);
      if (!visible) throw forbidden();
      return prisma.chain.count({ where: { AND: [{ id: scope.id }, visible] } });
    }
  }
}

const NAMES = { order: "Order", restaurant: "Restaurant", chain: "Chain" } as const;

/**
 * Resolves when the actor may follow the scope's events. Throws 403 when their role never
 * may, and 404 when it is not theirs or does not exist (one answer, so ids cannot be probed).
 */
export async function authorizeSubscription(actor: Actor, scope: EventScope): Promise<void> {
  if ((await countVisible(actor, scope)) === 0) throw notFound(NAMES[scope.kind]);
}
