import type { Role } from "@/lib/generated/prisma/enums";

/** Who is acting: every domain function takes one and scopes its queries by it. */
export interface Actor {
  userId: string;
  role: Role;
  /** The chain a CHAIN_ADMIN is scoped to. */
  chainId: string | null;
  name: string;
  email: string;
}

/** Where each role starts, and which surfaces each role may open. */
export const LANDING: Record<Role, string> = {
  CUSTOMER: "/",
  RESTAURANT_STAFF: "/kitchen",
  DRIVER: "/driver",
  CHAIN_ADMIN: "/admin",
  PLATFORM_ADMIN: "/admin",
};

export const SURFACE_ROLES = {
  kitchen: ["RESTAURANT_STAFF", "PLATFORM_ADMIN"],
  driver: ["DRIVER"],
  admin: ["CHAIN_ADMIN", "PLATFORM_ADMIN"],
  orders: ["CUSTOMER"],
} as const satisfies Record<string, readonly Role[]>;

export type Surface = keyof typeof SURFACE_ROLES;

export function canUse(actor: Pick<Actor, "role"> | null, surface: Surface): boolean {
  return !!actor && (SURFACE_ROLES[surface] as readonly Role[]).includes(actor.role);
}
