// GET /api/v1/chains/[id]/outlets – a chain's outlets and listings (its chain admins only).
import { NextResponse } from "next/server";
import { z } from "zod";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listChainOutlets } from "@/lib/monitoring/list-chain-outlets";

const params = z.object({ id: z.string().uuid() });

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ actor, params: raw }) => {
  const { id } = params.parse(raw);
  return NextResponse.json({ chain: await listChainOutlets(actor, id) });
});
