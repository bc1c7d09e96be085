// GPS history retention: rows older than the cut-off go, in batches; newer ones stay.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { deleteOldPositions } from "@/lib/tracking/delete-old-positions";
import { createActor } from "../support/fixtures";

describe("deleteOldPositions", () => {
  it("deletes every row older than the cut-off, a batch at a time, and keeps the rest", async () => {
    const actor = await createActor("DRIVER");
    const { id: driverId } = await prisma.driver.findUniqueOrThrow({ where: { userId: actor.userId } });
    const now = Date.now();
    const day = 86_400_000;
    const row = (ageDays: number) => ({ driverId, lat: 52.37, lng: 4.89, recordedAt: new Date(now - ageDays * day), receivedAt: new Date(now - ageDays * day) });
    await prisma.driverPosition.createMany({ data: [40, 35, 31, 31, 30.5, 29, 1, 0].map(row) });

    expect(await deleteOldPositions(new Date(now - 30 * day), { batch: 2 })).toBe(5);
    const left = await prisma.driverPosition.findMany({ where: { driverId }, orderBy: { recordedAt: "asc" } });
    expect(left.map((p) => Math.round((now - p.recordedAt.getTime()) / day))).toEqual([29, 1, 0]);
    expect(await deleteOldPositions(new Date(now - 30 * day))).toBe(0);
  });
});
