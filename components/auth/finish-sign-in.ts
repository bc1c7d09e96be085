import { signIn } from "next-auth/react";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

/** Signs in with credentials; on success loads the page the user asked for or their role's
 *  landing page with a full navigation, so every server component sees the new session. */
export async function finishSignIn(email: string, password: string, callbackUrl: string | null): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (!result?.ok || result.error) return false;
  let target = safeCallbackUrl(callbackUrl);
  if (!target) {
    const me = await fetch("/api/v1/me").then((r) => (r.ok ? r.json() : null));
    target = me?.user?.landing ?? "/";
  }
  window.location.assign(target!);
  return true;
}
