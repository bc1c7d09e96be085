import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LANDING } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? LANDING[actor.role]);
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>Create an account</h1>
        <p className="muted">Order from restaurants near you and follow your delivery live.</p>
        <SignUpForm callbackUrl={callbackUrl} />
      </section>
    </div>
  );
}
