import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { requireSurface } from "@/lib/auth/session";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";

/**
 * For the outlet pages under /kitchen/[restaurantId]: signed out → sign in, wrong role or
 * another outlet → the 403 page, an outlet that does not exist (for an admin) → 404.
 */
export async function requireOutletStaff(restaurantId: string, path: string) {
  const actor = await requireSurface("kitchen", path);
  if (!z.uuid().safeParse(restaurantId).success) notFound();
  try {
    await assertStaffOf(actor, restaurantId);
  } catch (error) {
    if (error instanceof AppError && error.status === 403) forbidden();
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  return actor;
}
