import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { canUse, type Actor, type Surface } from "@/lib/auth/actor";

/**
 * The signed-in actor for a server component, server action or route handler, or null.
 * Memoised per request (React `cache`): the header and the page both ask while rendering.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const { id, role, chainId, name, email } = session.user;
  return { userId: id, role, chainId, name, email };
});

/** For pages: signed out → sign-in (and back here after); wrong role → the 403 page. */
export async function requireSurface(surface: Surface, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!canUse(actor, surface)) forbidden();
  return actor;
}
