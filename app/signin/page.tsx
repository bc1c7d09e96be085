import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirectSignedIn } from "@/lib/auth/redirect-signed-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [callbackUrl, t] = await Promise.all([redirectSignedIn(searchParams), getTranslations("auth.signIn")]);
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>{t("title")}</h1>
        <SignInForm callbackUrl={callbackUrl} />
      </section>
      <DemoAccounts />
    </div>
  );
}
