// GET /api/v1/me – who is signed in.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { LANDING } from "@/lib/auth/actor";
import { ROLES } from "@/lib/auth/roles";

export const GET = protectedRoute(ROLES, async ({ actor }) =>
  NextResponse.json({ user: { ...actor, landing: LANDING[actor.role] } }),
);
