"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { finishSignIn } from "./finish-sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth.signIn");
  const common = useTranslations("common");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const outcome = await finishSignIn("credentials", { email: String(form.get("email")), password: String(form.get("password")) }, callbackUrl);
      if (outcome === "refused") setError(t("refused"));
      if (outcome === "rate-limited") setError(t("rateLimited"));
    } catch {
      setError(common("networkError"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <label className="field">
        <span>{t("email")}</span>
        <input name="email" type="email" autoComplete="email" required autoFocus />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </button>
      <p className="muted">{t.rich("newHere", { link: (chunks) => <Link href="/signup">{chunks}</Link> })}</p>
    </form>
  );
}
