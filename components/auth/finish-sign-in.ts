import { signIn } from "next-auth/react";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export type SignInOutcome = "signed-in" | "refused" | "rate-limited";

/** Signs in with a next-auth credentials provider (a password, or a sign-up link's token); on
 *  success loads the page the user asked for or their role's landing page with a full
 *  navigation, so every server component sees the new session. */
export async function finishSignIn(provider: "credentials" | "sign-up-link", credentials: Record<string, string>, callbackUrl: string | null): Promise<SignInOutcome> {
  const result = await signIn(provider, { ...credentials, redirect: false });
  if (result?.status === 429) return "rate-limited";
  if (!result?.ok || result.error) return "refused";
  let target = safeCallbackUrl(callbackUrl);
  if (!target) {
    const me = await fetch("/api/v1/me").then((r) => (r.ok ? r.json() : null));
    target = safeCallbackUrl(me?.user?.landing) ?? "/";
  }
  window.location.assign(target);
  return "signed-in";
}
