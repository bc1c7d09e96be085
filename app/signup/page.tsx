import type { Metadata } from "next";
import { redirectSignedIn } from "@/lib/auth/redirect-signed-in";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = await redirectSignedIn(searchParams);
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
