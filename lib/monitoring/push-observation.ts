// POST /api/v1/listings/{id}/observations: a partner system pushes a listing's status.
// Checked in order, each before anything is written: the key (401), the body (400), and
// that the listing is sold on the key's channel (404 otherwise, so ids cannot be probed).
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { recordObservation, type ObservationOutcome } from "@/lib/monitoring/record-observation";
import { observationSchema } from "@/lib/monitoring/schemas";

/** `channel`: the channel the caller's API key belongs to (channelForApiKey, checked first). */
export async function pushObservation(channel: { id: string }, listingId: unknown, input: unknown): Promise<ObservationOutcome> {
  const id = z.uuid().parse(listingId);
  const body = observationSchema.parse(input);
  const listing = await prisma.listing.findFirst({ where: { id, channelId: channel.id }, select: { id: true } });
  if (!listing) throw notFound("Listing");
  return recordObservation({
    listingId: id,
    source: "PUSH",
    sourceEventId: body.eventId,
    state: body.state,
    observedAt: body.observedAt,
    details: body.details,
    orderableItemIds: body.orderableItemIds,
  });
}
