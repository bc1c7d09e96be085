// POST /api/v1/driver/offers/{id}/accept – take the offered delivery: `{ job }`. 409 when the
// offer expired, was withdrawn or answered, or the order was taken; 404 when not yours.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { acceptOffer } from "@/lib/dispatch/accept-offer";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.driver, async ({ actor, params }) =>
  NextResponse.json({ job: await acceptOffer(actor, params.id) }),
);
