"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

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
      const problem = await res.json().catch(() => ({ error: "Something went wrong. Please try again." }));
      if (res.status === 400 && Array.isArray(problem.details)) {
        setFieldErrors(Object.fromEntries(problem.details.map((d: { path: string; message: string }) => [d.path, d.message])));
      } else {
        setError(problem.error);
      }
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  const field = (name: keyof FieldErrors, label: string, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`signup-${name}`}>{label}</label>
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
        <h2>Check your inbox</h2>
        <p>
          We sent a link to <strong>{sentTo}</strong>. Open it within 24 hours to finish creating your account; it signs you in.
        </p>
        <p className="muted">
          No mail? Check your spam folder, or <Link href={callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin"}>sign in</Link> if you
          already have an account.
        </p>
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
      {field("name", "Name", "text", "name")}
      {field("email", "Email", "email", "email")}
      {field("password", "Password", "password", "new-password", "At least 10 characters.")}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="muted">
        Already have an account? <Link href={callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin"}>Sign in</Link>
      </p>
    </form>
  );
}
