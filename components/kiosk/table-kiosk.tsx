"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formatCents } from "@/lib/money";
import { CLOSED_MESSAGES } from "@/lib/catalog/outlet-orderability";
import type { Menu } from "@/lib/catalog/get-menu";
import { useLiveMenuPage } from "@/lib/realtime/use-live-menu-page";

interface Props {
  token: string;
  tableNumber: string;
  menu: Menu;
  realtimeUrl: string;
}

type Lines = Record<string, number>;

export function TableKiosk({ token, tableNumber, menu, realtimeUrl }: Props) {
  const router = useRouter();
  const live = useLiveMenuPage(realtimeUrl, menu.restaurant.id, menu.restaurant.menuVersion);
  const [lines, setLines] = useState<Lines>({});
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // The client-chosen order id makes a resend (tap twice, network retry) the same order.
  const orderId = useRef<string | null>(null);
  const items = menu.categories.flatMap((c) => c.items);
  const byId = new Map(items.map((i) => [i.id, i]));
  // An item sold out while it sat in the order drops out of it (the menu refreshes live).
  const ordered = Object.entries(lines).filter(([id]) => byId.get(id)?.available);
  const count = ordered.reduce((sum, [, q]) => sum + q, 0);
  const total = ordered.reduce((sum, [id, q]) => sum + byId.get(id)!.priceCents * q, 0);
  const change = (id: string, delta: number) =>
    setLines((prev) => {
      const next = { ...prev, [id]: Math.max(0, Math.min(50, (prev[id] ?? 0) + delta)) };
      if (next[id] === 0) delete next[id];
      return next;
    });

  async function send() {
    orderId.current ??= crypto.randomUUID();
    setPending(true);
    setMessage(null);
    try {
      const res = await fetch("/api/v1/orders", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          table_number: tableNumber,
          items: ordered.map(([menu_item_id, quantity]) => ({ menu_item_id, quantity })),
          version: menu.restaurant.menuVersion,
          order_id: orderId.current,
        }),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201) {
        orderId.current = null;
        setLines({});
        setMessage({ kind: "done", text: `Order sent to the kitchen (#${String(body.order_id).slice(0, 8)}). Enjoy your meal!` });
        return;
      }
      orderId.current = null;
      if (res.status === 409) {
        setMessage({ kind: "error", text: "The menu just changed. Please check your order and send it again." });
        router.refresh();
      } else if (res.status === 429) {
        setMessage({ kind: "error", text: `Too many orders from this table. Try again in ${res.headers.get("retry-after") ?? "a few"} seconds.` });
      } else if (res.status === 400) {
        setMessage({ kind: "error", text: "Something in your order is no longer available. Please check it." });
        router.refresh();
      } else {
        setMessage({ kind: "error", text: body.error ?? "Your order could not be sent. Please ask a waiter." });
      }
    } catch {
      setMessage({ kind: "error", text: "No connection. Your order is kept: try sending it again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="kiosk" data-restaurant-id={menu.restaurant.id} data-live={live}>
      <header className="kiosk-header">
        <h1>{menu.restaurant.name}</h1>
        <p className="badge">Table {tableNumber}</p>
      </header>
      {!menu.restaurant.open && (
        <p role="status" className="form-error">
          {CLOSED_MESSAGES[menu.restaurant.closedReason!]}
        </p>
      )}
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "form-error" : "form-success"}>
          {message.text}
        </p>
      )}
      {menu.categories.map((c) => (
        <section key={c.id} className="section" aria-label={c.name}>
          <h2>{c.name}</h2>
          <ul className="kiosk-grid">
            {c.items.map((item) => (
              <li key={item.id} className="kiosk-item" data-available={item.available}>
                <h3>{item.name}</h3>
                <p className="muted small">{item.description}</p>
                <p>
                  <strong>{formatCents(item.priceCents)}</strong>
                </p>
                {item.available ? (
                  <div className="qty">
                    <button type="button" className="button button-quiet" aria-label={`Remove ${item.name}`} disabled={!lines[item.id]} onClick={() => change(item.id, -1)}>
                      −
                    </button>
                    <span aria-label={`${item.name} quantity`}>{lines[item.id] ?? 0}</span>
                    <button type="button" className="button" aria-label={`Add ${item.name}`} disabled={!menu.restaurant.open} onClick={() => change(item.id, 1)}>
                      +
                    </button>
                  </div>
                ) : (
                  <span className="badge badge-closed">Sold out</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {count > 0 && (
        <div className="cart-bar">
          <span>
            {count} items · {formatCents(total)}
          </span>
          <button type="button" className="button" disabled={pending} onClick={send}>
            {pending ? "Sending…" : "Send order to the kitchen"}
          </button>
        </div>
      )}
    </div>
  );
}
