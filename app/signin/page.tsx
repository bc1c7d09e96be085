import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LANDING } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? LANDING[actor.role]);
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>Sign in</h1>
        <SignInForm callbackUrl={callbackUrl} />
      </section>
      <DemoAccounts />
    </div>
  );
}
