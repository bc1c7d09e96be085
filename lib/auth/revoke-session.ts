import { z } from "zod";
import { prisma } from "@/lib/db/client";

/** Ends one session (sign-out): its cookie stops working on the next request or socket connection. */
export async function revokeSession(sessionId: string): Promise<void> {
  if (!z.uuid().safeParse(sessionId).success) return;
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
