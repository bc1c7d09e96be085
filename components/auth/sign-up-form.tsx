"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

type Field = "name" | "email" | "password";
type FieldErrors = Partial<Record<Field, string>>;
type InvalidKey = "nameMissing" | "nameTooLong" | "email" | "passwordTooShort" | "passwordTooLong";

/** The catalogue key for the server's validation message of a field (lib/auth/schemas.ts), which is English. */
function invalidKey(field: Field, message: string): InvalidKey {
  if (field === "name") return message === "Enter your name" ? "nameMissing" : "nameTooLong";
  if (field === "password") return message === "Use at least 10 characters" ? "passwordTooShort" : "passwordTooLong";
  return "email";
}

const isField = (path: string): path is Field => path === "name" || path === "email" || path === "password";

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth.signUp");
  const common = useTranslations("common");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const signInHref = callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const res = await fetch("/api/v1/signup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, callbackUrl }),
      });
      if (res.status === 202) {
        setSentTo(body.email!);
        return;
      }
      const problem = await res.json().catch(() => ({}));
      if (res.status === 400 && Array.isArray(problem.details)) {
        const details = (problem.details as { path: string; message: string }[]).filter((d) => isField(d.path));
        setFieldErrors(Object.fromEntries(details.map((d) => [d.path, t(`invalid.${invalidKey(d.path as Field, d.message)}`)])));
      } else {
        setError(problem.code === "rate_limited" ? t("rateLimited") : t("failed"));
      }
    } catch {
      setError(common("networkError"));
    } finally {
      setPending(false);
    }
  }

  const field = (name: Field, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`signup-${name}`}>{t(name)}</label>
      <input
        id={`signup-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        aria-invalid={!!fieldErrors[name]}
        aria-describedby={`signup-${name}-help`}
      />
      <small id={`signup-${name}-help`} className={fieldErrors[name] ? "field-error" : "muted"}>
        {fieldErrors[name] ?? hint}
      </small>
    </div>
  );

  // The same answer whether or not the address has an account: its owner's inbox tells them.
  if (sentTo) {
    return (
      <div className="form" role="status">
        <h2>{t("checkInbox")}</h2>
        <p>{t.rich("sentTo", { email: sentTo, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p className="muted">{t.rich("noMail", { link: (chunks) => <Link href={signInHref}>{chunks}</Link> })}</p>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {field("name", "text", "name")}
      {field("email", "email", "email")}
      {field("password", "password", "new-password", t("passwordHint"))}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </button>
      <p className="muted">{t.rich("haveAccount", { link: (chunks) => <Link href={signInHref}>{chunks}</Link> })}</p>
    </form>
  );
}
