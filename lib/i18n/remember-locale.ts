// A person chose a language: it is theirs from now on, in this browser (the caller sets the
// cookie) and, when signed in, wherever Swift Eats writes to them (emails, notifications).
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "./locales";

export async function rememberLocale(actor: Pick<Actor, "userId"> | null, locale: Locale): Promise<void> {
  if (!actor) return;
  await prisma.user.update({ where: { id: actor.userId }, data: { locale }, select: { id: true } });
}
