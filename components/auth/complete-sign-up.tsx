"use client";
import Link from "next/link";
import { useState } from "react";
import { finishSignIn } from "./finish-sign-in";

export function CompleteSignUp({ token, callbackUrl }: { token: string; callbackUrl: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function complete() {
    setPending(true);
    setError(null);
    try {
      const outcome = await finishSignIn("sign-up-link", { token }, callbackUrl ?? "/");
      if (outcome !== "signed-in") setError("This link has expired or was already used. Sign in, or sign up again for a new link.");
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
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
      <p className="muted">Your email address is confirmed by this link. Create the account and sign in:</p>
      <button type="button" className="button" onClick={complete} disabled={pending || !token}>
        {pending ? "Creating account…" : "Create my account"}
      </button>
      <p className="muted">
        <Link href="/signin">Sign in</Link> · <Link href="/signup">Sign up again</Link>
      </p>
    </div>
  );
}
