"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function CancelOrderButton({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.cancel");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function cancel() {
    if (!window.confirm(t("confirm"))) return;
    setPending(true);
    setError(null);
    const res = await fetch(`/api/v1/orders/${orderId}/cancel`, { method: "POST" }).catch(() => null);
    setPending(false);
    if (!res?.ok) {
      // Too late when the order moved on meanwhile; anything else is worth another try.
      const body = await res?.json().catch(() => null);
      setError(body?.code === "illegal_transition" ? t("tooLate") : t("failed"));
      return;
    }
    router.refresh();
  }
  return (
    <>
      <button type="button" className="button button-small button-quiet" onClick={cancel} disabled={pending}>
        {pending ? t("pending") : t("button")}
      </button>
      {error && (
        <p role="alert" className="form-error small">
          {error}
        </p>
      )}
    </>
  );
}
