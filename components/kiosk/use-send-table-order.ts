"use client";
// Sends the table's order the seed-004 way (POST /api/v1/orders with the table token) and turns
// every answer of that contract into words for the diner, in the tablet's language (the API's
// own reasons are English data from the server, quoted only where they name what changed).
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { tableOrderLine, type KioskLine } from "./kiosk-lines";

interface Order {
  tableNumber: string;
  lines: KioskLine[];
  note: string;
  menuVersion: number;
}

export type SendResult = { ok: true; orderId: string } | { ok: false; message: string; menuMoved: boolean };

export function useSendTableOrder(token: string) {
  const t = useTranslations("kiosk.send");
  const tLink = useTranslations("kiosk.linkChanged");
  const [pending, setPending] = useState(false);
  // The client-chosen order id makes a resend (tap twice, network retry) the same order.
  const orderId = useRef<string | null>(null);

  async function send({ tableNumber, lines, note, menuVersion }: Order): Promise<SendResult> {
    orderId.current ??= crypto.randomUUID();
    setPending(true);
    try {
      const res = await fetch("/api/v1/orders", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          table_number: tableNumber,
          items: lines.map(tableOrderLine),
          ...(note.trim() ? { notes: note.trim() } : {}),
          version: menuVersion,
          order_id: orderId.current,
        }),
      });
      const body = await res.json().catch(() => ({}));
      orderId.current = null;
      if (res.status === 201) return { ok: true, orderId: String(body.order_id) };
      const reason = typeof body.error === "string" ? body.error : null;
      // The token no longer opens this table (staff made a new link).
      if (res.status === 401) return { ok: false, message: tLink("body"), menuMoved: false };
      if (body.code === "restaurant_closed") return { ok: false, message: t("closed"), menuMoved: true };
      if (res.status === 409) {
        // "Version conflict" is the menu having moved on; anything else names the option 86'd.
        const message = reason && reason !== "Version conflict" ? t("reasonCheck", { reason }) : t("menuChanged");
        return { ok: false, message, menuMoved: true };
      }
      if (res.status === 429) {
        const seconds = res.headers.get("retry-after");
        return { ok: false, message: seconds ? t("tooMany", { seconds }) : t("tooManySoon"), menuMoved: false };
      }
      if (res.status === 400) {
        const message = reason && reason !== "Invalid item" ? t("reasonCheck", { reason }) : t("noLongerAvailable");
        return { ok: false, message, menuMoved: true };
      }
      return { ok: false, message: t("failed"), menuMoved: false };
    } catch {
      // The same order id is kept: sending again cannot make a second order.
      return { ok: false, message: t("offline"), menuMoved: false };
    } finally {
      setPending(false);
    }
  }
  return { send, pending };
}
