"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import { canTransition } from "@/lib/orders/status-machine";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { AcceptPanel } from "./accept-panel";
import { RejectPanel } from "./reject-panel";
import { useKitchenErrorText } from "./use-kitchen-error-text";
import { useOrderAction } from "./use-order-action";

const NEXT_STEPS = [
  { to: "PREPARING", label: "startPreparing" },
  { to: "READY", label: "markReady" },
  { to: "DELIVERED", label: "served" },
] as const;

/** The buttons a ticket gets are the moves the status machine allows staff for this order. */
export function TicketActions({ order, restaurantId }: { order: KitchenOrder; restaurantId: string }) {
  const t = useTranslations("kitchen.actions");
  const errorText = useKitchenErrorText();
  const action = useOrderAction(restaurantId, order.id);
  const [panel, setPanel] = useState<"accept" | "reject" | null>(null);
  const can = (to: OrderStatus) => canTransition(order.status, to, "RESTAURANT_STAFF", order.channel);
  const error = action.error && (
    <p className="form-error" role="alert">
      {errorText(action.error)}
    </p>
  );

  if (panel === "accept") {
    return (
      <>
        <AcceptPanel estimate={order.prepMinutes} busy={action.isPending} onAccept={(m) => action.mutate({ status: "ACCEPTED", prep_minutes: m })} onBack={() => setPanel(null)} />
        {error}
      </>
    );
  }
  if (panel === "reject") {
    return (
      <>
        <RejectPanel busy={action.isPending} onReject={(reason) => action.mutate({ status: "REJECTED", reason })} onBack={() => setPanel(null)} />
        {error}
      </>
    );
  }
  return (
    <div className="kitchen-actions">
      {can("ACCEPTED") && (
        <button type="button" className="button kitchen-button" onClick={() => setPanel("accept")}>
          {t("accept")}
        </button>
      )}
      {can("REJECTED") && (
        <button type="button" className="button button-quiet kitchen-button" onClick={() => setPanel("reject")}>
          {t("reject")}
        </button>
      )}
      {NEXT_STEPS.filter((step) => can(step.to)).map((step) => (
        <button key={step.to} type="button" className="button kitchen-button" disabled={action.isPending} onClick={() => action.mutate({ status: step.to })}>
          {t(step.label)}
        </button>
      ))}
      {order.status === "READY" && !can("DELIVERED") && <p className="muted">{t("waitingForDriver")}</p>}
      {error}
    </div>
  );
}
