"use client";
// The table tablet: menu → review → sent, with the status of the sitting's orders on top.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formatCents } from "@/lib/money";
import type { Menu } from "@/lib/catalog/get-menu";
import { useLiveMenuPage } from "@/lib/realtime/use-live-menu-page";
import { cartLine, withLineAdded, MAX_LINE_QUANTITY, type CartLine, type NewCartLine } from "@/lib/cart/cart-line";
import { ItemSheet } from "@/components/menu/item-sheet";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { checkKioskLines } from "./kiosk-lines";
import { KioskMenu } from "./kiosk-menu";
import { KioskReview } from "./kiosk-review";
import { OrderSentNotice } from "./order-sent-notice";
import { TableOrderStatus } from "./table-order-status";
import { useSendTableOrder } from "./use-send-table-order";
import { useTableOrders } from "./use-table-orders";

interface Props {
  token: string;
  tableNumber: string;
  menu: Menu;
  realtimeUrl: string;
}

type Step = { kind: "menu" } | { kind: "review" } | { kind: "sent"; orderId: string };

export function TableKiosk({ token, tableNumber, menu, realtimeUrl }: Props) {
  const t = useTranslations("kiosk");
  const locale = useLocale();
  const router = useRouter();
  const live = useLiveMenuPage(realtimeUrl, menu.restaurant.id, menu.restaurant.menuVersion);
  const { send, pending } = useSendTableOrder(token);
  const { orders, remember } = useTableOrders(token);
  const [lines, setLines] = useState<CartLine[]>([]);
  const [orderNote, setOrderNote] = useState("");
  const [sheetItemId, setSheetItemId] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: "menu" });
  const [error, setError] = useState<string | null>(null);
  // Where focus goes back to: the dish that opened the sheet; the review button after "Back".
  const trigger = useRef<HTMLButtonElement | null>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const [backFromReview, setBackFromReview] = useState(0);
  useEffect(() => {
    if (backFromReview) (reviewButton.current ?? document.querySelector<HTMLElement>("#main"))?.focus();
  }, [backFromReview]);

  const byId = new Map(menu.categories.flatMap((c) => c.items).map((i) => [i.id, i]));
  const sheetItem = sheetItemId ? (byId.get(sheetItemId) ?? null) : null;
  // A line whose dish sold out or whose option was 86'd while it sat in the order is not sent
  // (the menu refreshes live); the review says why.
  const checked = checkKioskLines(lines, byId);
  const sendable = checked.filter((l) => !l.problem);
  const count = sendable.reduce((sum, l) => sum + l.line.quantity, 0);
  const total = sendable.reduce((sum, l) => sum + l.unitPriceCents * l.line.quantity, 0);
  // A dish with nothing to choose has a − n + stepper for its one plain line.
  const quickQuantity = (line: NewCartLine) => lines.find((l) => l.key === cartLine(line, 0).key)?.quantity ?? 0;
  const setQuantity = (key: string, quantity: number) =>
    setLines((prev) => prev.flatMap((l) => (l.key !== key ? [l] : quantity > 0 ? [{ ...l, quantity: Math.min(MAX_LINE_QUANTITY, quantity) }] : [])));

  async function sendOrder() {
    setError(null);
    const result = await send({ tableNumber, lines: sendable, note: orderNote, menuVersion: menu.restaurant.menuVersion });
    if (result.ok) {
      remember(result.orderId);
      setLines([]);
      setOrderNote("");
      setStep({ kind: "sent", orderId: result.orderId });
      return;
    }
    setError(result.message);
    if (result.menuMoved) router.refresh();
  }

  return (
    <div className="kiosk" data-restaurant-id={menu.restaurant.id} data-live={live}>
      <header className="kiosk-header">
        <h1>{menu.restaurant.name}</h1>
        <p className="badge">{t("table", { table: tableNumber })}</p>
        {/* The site header (and its switcher) is hidden on the tablet: diners pick their language here. */}
        <LocaleSwitcher />
      </header>
      {!menu.restaurant.open && (
        <p role="status" className="form-error">
          {t(`closed.${menu.restaurant.closedReason!}`)}
        </p>
      )}
      {step.kind === "sent" && <OrderSentNotice orderId={step.orderId} onMore={() => setStep({ kind: "menu" })} />}
      {orders.length > 0 && <TableOrderStatus orders={orders} timeZone={menu.restaurant.timeZone} />}
      {step.kind === "review" && (
        <KioskReview
          lines={checked}
          count={count}
          totalCents={total}
          note={orderNote}
          error={error}
          pending={pending}
          onNote={setOrderNote}
          onQuantity={setQuantity}
          onBack={() => {
            setError(null);
            setStep({ kind: "menu" });
            setBackFromReview((n) => n + 1);
          }}
          onSend={sendOrder}
        />
      )}
      {step.kind === "menu" && (
        <KioskMenu
          menu={menu}
          quantity={quickQuantity}
          onQuantity={(line, delta) => (delta > 0 ? setLines((prev) => withLineAdded(prev, line, 1)) : setQuantity(cartLine(line, 0).key, quickQuantity(line) - 1))}
          onChoose={(itemId, button) => {
            trigger.current = button;
            setSheetItemId(itemId);
          }}
        />
      )}
      {sheetItem && (
        <ItemSheet
          key={sheetItem.id}
          item={sheetItem}
          orderable={menu.restaurant.open}
          addLabel={t("menu.addToOrder")}
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
      {step.kind === "menu" && lines.length > 0 && (
        <div className="cart-bar">
          <span>
            {t("cart.summary", { count, total: formatCents(total, "EUR", locale) })}
          </span>
          <button ref={reviewButton} type="button" className="button" onClick={() => setStep({ kind: "review" })}>
            {t("cart.review")}
          </button>
        </div>
      )}
    </div>
  );
}
