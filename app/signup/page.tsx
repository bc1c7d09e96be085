import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirectSignedIn } from "@/lib/auth/redirect-signed-in";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [callbackUrl, t, common] = await Promise.all([redirectSignedIn(searchParams), getTranslations("auth.signUp"), getTranslations("common")]);
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>{t("title")}</h1>
        <p className="muted">{common("siteDescription")}</p>
        <SignUpForm callbackUrl={callbackUrl} />
      </section>
    </div>
  );
}
