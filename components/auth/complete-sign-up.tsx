"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { finishSignIn } from "./finish-sign-in";

export function CompleteSignUp({ token, callbackUrl }: { token: string; callbackUrl: string | null }) {
  const t = useTranslations("auth.verify");
  const common = useTranslations("common");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function complete() {
    setPending(true);
    setError(null);
    try {
      const outcome = await finishSignIn("sign-up-link", { token }, callbackUrl ?? "/");
      if (outcome !== "signed-in") setError(t("expired"));
    } catch {
      setError(common("networkError"));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="form">
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className="muted">{t("intro")}</p>
      <button type="button" className="button" onClick={complete} disabled={pending || !token}>
        {pending ? t("pending") : t("submit")}
      </button>
      <p className="muted">
        <Link href="/signin">{t("signIn")}</Link> · <Link href="/signup">{t("signUpAgain")}</Link>
      </p>
    </div>
  );
}
