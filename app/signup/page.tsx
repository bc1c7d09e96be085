import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LANDING } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const actor = await getActor();
  if (actor) redirect(LANDING[actor.role]);
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>Create an account</h1>
        <p className="muted">Order from restaurants near you and follow your delivery live.</p>
        <SignUpForm />
      </section>
    </div>
  );
}
