import { redirect } from "next/navigation";
import { LANDING } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

/** For the sign-in and sign-up pages: a signed-in visitor goes on to where they were heading
 *  (or their landing page). Returns the safe callback URL for the form otherwise. */
export async function redirectSignedIn(searchParams: Promise<{ callbackUrl?: string }>): Promise<string | null> {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? LANDING[actor.role]);
  return callbackUrl;
}
