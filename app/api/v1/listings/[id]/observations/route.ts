// POST /api/v1/listings/{id}/observations – a partner pushes a listing's status (header x-api-key, one key per channel).
// 201 when recorded (status "applied", or "stale": kept as history behind a newer one), 200 for a replayed eventId.
// Partners have no session: unlike publicRoute, no session cookie is decoded on this hot path.
import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/handler";
import { channelForApiKey } from "@/lib/monitoring/channel-api-key";
import { pushObservation } from "@/lib/monitoring/push-observation";

export const POST = apiRoute<{ id: string }>(async (req, { id }) => {
  // A bad key is a 401 before the body is even read.
  const channel = await channelForApiKey(req.headers.get("x-api-key"));
  const outcome = await pushObservation(channel, id, await readJson(req));
  return NextResponse.json({ listingId: id, ...outcome }, { status: outcome.status === "duplicate" ? 200 : 201 });
});
