import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";

/** Parses an outlet id from a URL or body (400 when it is not one) and checks the actor's scope. */
export async function assertOutletStaff(actor: Actor, restaurantId: unknown): Promise<string> {
  const id = z.uuid().parse(restaurantId);
  await assertStaffOf(actor, id);
  return id;
}
