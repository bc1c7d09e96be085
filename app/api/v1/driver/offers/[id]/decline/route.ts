// POST /api/v1/driver/offers/{id}/decline – turn the offer down; it goes to the next driver.
// 409 when it is no longer open, 404 when not yours.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { declineOffer } from "@/lib/dispatch/decline-offer";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.driver, async ({ actor, params }) => {
  await declineOffer(actor, params.id);
  return NextResponse.json({ ok: true });
});
