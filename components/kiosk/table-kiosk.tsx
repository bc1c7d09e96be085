"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formatCents } from "@/lib/money";
import { CLOSED_MESSAGES } from "@/lib/catalog/outlet-orderability";
import type { Menu } from "@/lib/catalog/get-menu";
import { useLiveMenuPage } from "@/lib/realtime/use-live-menu-page";
import { cartLine, withLineAdded, MAX_LINE_QUANTITY, type CartLine, type NewCartLine } from "@/lib/cart/cart-line";
import { ItemSheet } from "@/components/menu/item-sheet";
import { AllergenNote } from "@/components/menu/allergen-note";
import { checkKioskLines, tableOrderLine } from "./kiosk-lines";
import { KioskOrderList } from "./kiosk-order-list";
import { KioskItemActions } from "./kiosk-item-actions";

interface Props {
  token: string;
  tableNumber: string;
  menu: Menu;
  realtimeUrl: string;
}

export function TableKiosk({ token, tableNumber, menu, realtimeUrl }: Props) {
  const router = useRouter();
  const live = useLiveMenuPage(realtimeUrl, menu.restaurant.id, menu.restaurant.menuVersion);
  const [lines, setLines] = useState<CartLine[]>([]);
  const [orderNote, setOrderNote] = useState("");
  const [sheetItemId, setSheetItemId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const trigger = useRef<HTMLButtonElement | null>(null);
  // The client-chosen order id makes a resend (tap twice, network retry) the same order.
  const orderId = useRef<string | null>(null);
  const items = menu.categories.flatMap((c) => c.items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const sheetItem = sheetItemId ? (byId.get(sheetItemId) ?? null) : null;
  // A line whose dish sold out or whose option was 86'd while it sat in the order is not sent
  // (the menu refreshes live); the list says why.
  const checked = checkKioskLines(lines, byId);
  const sendable = checked.filter((l) => !l.problem);
  const count = sendable.reduce((sum, l) => sum + l.line.quantity, 0);
  const total = sendable.reduce((sum, l) => sum + l.unitPriceCents * l.line.quantity, 0);
  // A dish with nothing to choose has a − n + stepper for its one plain line.
  const quickQuantity = (line: NewCartLine) => lines.find((l) => l.key === cartLine(line, 0).key)?.quantity ?? 0;
  const setQuantity = (key: string, quantity: number) =>
    setLines((prev) => prev.flatMap((l) => (l.key !== key ? [l] : quantity > 0 ? [{ ...l, quantity: Math.min(MAX_LINE_QUANTITY, quantity) }] : [])));

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
          items: sendable.map(tableOrderLine),
          ...(orderNote.trim() ? { notes: orderNote.trim() } : {}),
          version: menu.restaurant.menuVersion,
          order_id: orderId.current,
        }),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201) {
        orderId.current = null;
        setLines([]);
        setOrderNote("");
        setMessage({ kind: "done", text: `Order sent to the kitchen (#${String(body.order_id).slice(0, 8)}). Enjoy your meal!` });
        return;
      }
      orderId.current = null;
      const reason = typeof body.error === "string" ? body.error : null;
      if (res.status === 409) {
        // "Version conflict" is the menu having moved on; anything else names the option 86'd.
        setMessage({ kind: "error", text: reason && reason !== "Version conflict" ? `${reason}. Please check your order.` : "The menu just changed. Please check your order and send it again." });
        router.refresh();
      } else if (res.status === 429) {
        setMessage({ kind: "error", text: `Too many orders from this table. Try again in ${res.headers.get("retry-after") ?? "a few"} seconds.` });
      } else if (res.status === 400) {
        setMessage({ kind: "error", text: reason && reason !== "Invalid item" ? `${reason}. Please check your order.` : "Something in your order is no longer available. Please check it." });
        router.refresh();
      } else {
        setMessage({ kind: "error", text: reason ?? "Your order could not be sent. Please ask a waiter." });
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
                  <strong>
                    {item.optionGroups.length > 0 && "from "}
                    {formatCents(item.priceCents)}
                  </strong>
                </p>
                <AllergenNote allergens={item.allergens} mayContain={item.mayContain} />
                {!item.available ? (
                  <span className="badge badge-closed">Sold out</span>
                ) : (
                  <KioskItemActions
                    item={item}
                    open={menu.restaurant.open}
                    quantity={quickQuantity}
                    onQuantity={(line, delta) => (delta > 0 ? setLines((prev) => withLineAdded(prev, line, 1)) : setQuantity(cartLine(line, 0).key, quickQuantity(line) - 1))}
                    onChoose={(button) => {
                      trigger.current = button;
                      setSheetItemId(item.id);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {lines.length > 0 && (
        <>
          <KioskOrderList lines={checked} onQuantity={setQuantity} />
          <div className="field kiosk-note">
            <label htmlFor="kiosk-order-note">Note for the kitchen (optional)</label>
            <textarea id="kiosk-order-note" maxLength={500} rows={2} value={orderNote} onChange={(e) => setOrderNote(e.target.value)} />
          </div>
        </>
      )}
      {sheetItem && (
        <ItemSheet
          key={sheetItem.id}
          item={sheetItem}
          orderable={menu.restaurant.open}
          addLabel="Add to order"
          onClose={() => {
            setSheetItemId(null);
            trigger.current?.focus();
          }}
          onAdd={(line, quantity) => {
            setSheetItemId(null);
            setLines((prev) => withLineAdded(prev, line, quantity));
            trigger.current?.focus();
          }}
        />
      )}
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
