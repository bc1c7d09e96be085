import type { Metadata } from "next";
import { redirectSignedIn } from "@/lib/auth/redirect-signed-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = await redirectSignedIn(searchParams);
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
