import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { env } from "@/lib/env";
import { canUse, type Actor, type Surface } from "@/lib/auth/actor";
import { actorFromSessionToken, SESSION_COOKIE_NAMES } from "@/lib/auth/verify-session-cookie";

/**
 * The signed-in actor for a server component, server action or route handler, or null.
 * One session read per request (React `cache`: the header and the page both ask while rendering).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies();
  const token = SESSION_COOKIE_NAMES.map((name) => store.get(name)?.value).find(Boolean);
  return actorFromSessionToken(token, env.NEXTAUTH_SECRET);
});

/** For pages: signed out → sign-in (and back here after); wrong role → the 403 page. */
export async function requireSurface(surface: Surface, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!canUse(actor, surface)) forbidden();
  return actor;
}
