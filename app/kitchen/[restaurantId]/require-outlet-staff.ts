import { notFound } from "next/navigation";
import { z } from "zod";
import { orPageError } from "@/app/page-errors";
import { requireSurface } from "@/lib/auth/session";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";

/**
 * For the outlet pages under /kitchen/[restaurantId]: signed out → sign in, wrong role or
 * another outlet → the 403 page, an outlet that does not exist (for an admin) → 404.
 */
export async function requireOutletStaff(restaurantId: string, path: string) {
  const actor = await requireSurface("kitchen", path);
  if (!z.uuid().safeParse(restaurantId).success) notFound();
  await orPageError(assertStaffOf(actor, restaurantId));
  return actor;
}
