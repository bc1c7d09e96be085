import type { Metadata } from "next";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { CompleteSignUp } from "@/components/auth/complete-sign-up";

export const metadata: Metadata = { title: "Finish signing up" };

// The emailed sign-up link lands here. Opening the link only shows a button: the account is
// created when a person presses it, not when a mail scanner fetches the page.
export default async function VerifySignUpPage({ searchParams }: { searchParams: Promise<{ token?: unknown; callbackUrl?: unknown }> }) {
  const { token, callbackUrl } = await searchParams;
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>Finish signing up</h1>
        <CompleteSignUp token={typeof token === "string" ? token : ""} callbackUrl={safeCallbackUrl(callbackUrl)} />
      </section>
    </div>
  );
}
