// The captured-mail outbox: every alert email as built (and sent when SMTP is set up).
// A chain admin sees the mail addressed to them; a platform admin sees all of it.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors/app-error";

const PAGE = 100;

export async function listCapturedEmails(actor: Actor, filter: { incidentId?: string } = {}) {
  if (actor.role !== "CHAIN_ADMIN" && actor.role !== "PLATFORM_ADMIN") throw forbidden();
  return prisma.capturedEmail.findMany({
    where: {
      ...(actor.role === "CHAIN_ADMIN" ? { to: actor.email } : {}),
      ...(filter.incidentId ? { notification: { incidentId: filter.incidentId } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: PAGE,
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      messageId: true,
      createdAt: true,
      notification: { select: { kind: true, incidentId: true } },
    },
  });
}
