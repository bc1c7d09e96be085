import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { CompleteSignUp } from "@/components/auth/complete-sign-up";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verify");
  return { title: t("title") };
}

// The emailed sign-up link lands here. Opening the link only shows a button: the account is
// created when a person presses it, not when a mail scanner fetches the page.
export default async function VerifySignUpPage({ searchParams }: { searchParams: Promise<{ token?: unknown; callbackUrl?: unknown }> }) {
  const [{ token, callbackUrl }, t] = await Promise.all([searchParams, getTranslations("auth.verify")]);
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <h1>{t("title")}</h1>
        <CompleteSignUp token={typeof token === "string" ? token : ""} callbackUrl={safeCallbackUrl(callbackUrl)} />
      </section>
    </div>
  );
}
