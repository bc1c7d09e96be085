// POST /api/v1/driver/status – `{ online: boolean }`: start or end a shift (409 going
// offline while holding a job). Answers `{ driver }`.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { driverStatusSchema } from "@/lib/dispatch/schemas";
import { setDriverOnline } from "@/lib/dispatch/set-driver-online";

export const POST = protectedRoute(SURFACE_ROLES.driver, async ({ req, actor }) => {
  const { online } = driverStatusSchema.parse(await readJson(req));
  return NextResponse.json({ driver: await setDriverOnline(actor, online) });
});
