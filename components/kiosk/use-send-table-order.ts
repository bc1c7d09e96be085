"use client";
// Sends the table's order the seed-004 way (POST /api/v1/orders with the table token) and turns
// every answer of that contract into words for the diner.
import { useRef, useState } from "react";
import { tableOrderLine, type KioskLine } from "./kiosk-lines";

interface Order {
  tableNumber: string;
  lines: KioskLine[];
  note: string;
  menuVersion: number;
}

export type SendResult = { ok: true; orderId: string } | { ok: false; message: string; menuMoved: boolean };

export function useSendTableOrder(token: string) {
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
      if (res.status === 409) {
        // "Version conflict" is the menu having moved on; anything else names the option 86'd.
        const message = reason && reason !== "Version conflict" ? `${reason}. Please check your order.` : "The menu just changed. Please check your order and send it again.";
        return { ok: false, message, menuMoved: true };
      }
      if (res.status === 429) return { ok: false, message: `Too many orders from this table. Try again in ${res.headers.get("retry-after") ?? "a few"} seconds.`, menuMoved: false };
      if (res.status === 400) {
        const message = reason && reason !== "Invalid item" ? `${reason}. Please check your order.` : "Something in your order is no longer available. Please check it.";
        return { ok: false, message, menuMoved: true };
      }
      return { ok: false, message: reason ?? "Your order could not be sent. Please ask a waiter.", menuMoved: false };
    } catch {
      // The same order id is kept: sending again cannot make a second order.
      return { ok: false, message: "No connection. Your order is kept: try sending it again.", menuMoved: false };
    } finally {
      setPending(false);
    }
  }
  return { send, pending };
}
