"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function CancelOrderButton({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function cancel() {
    if (!window.confirm("Cancel this order? You will be refunded in full.")) return;
    setPending(true);
    setError(null);
    const res = await fetch(`/api/v1/orders/${orderId}/cancel`, { method: "POST" }).catch(() => null);
    setPending(false);
    if (!res?.ok) {
      const body = await res?.json().catch(() => null);
      setError(body?.error ?? "The order could not be cancelled. Please try again.");
      return;
    }
    router.refresh();
  }
  return (
    <>
      <button type="button" className="button button-small button-quiet" onClick={cancel} disabled={pending}>
        {pending ? "Cancelling…" : "Cancel order"}
      </button>
      {error && (
        <p role="alert" className="form-error small">
          {error}
        </p>
      )}
    </>
  );
}
