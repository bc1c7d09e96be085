"use client";
// Asked before a dish from another restaurant replaces the cart: a cart holds one
// restaurant, and emptying it silently loses what the customer picked. A native modal
// <dialog>: focus moves into it and stays there, Escape keeps the cart, and focus goes back
// to the Add button the customer pressed.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { cartCount, type Cart } from "@/lib/cart/cart-store";

interface Props {
  /** The cart that is there, or null when the dialog is closed. */
  otherCart: Cart | null;
  restaurantName: string;
  itemName: string;
  onKeep: () => void;
  onStartNew: () => void;
}

export function NewCartDialog({ otherCart, restaurantName, itemName, onKeep, onStartNew }: Props) {
  const t = useTranslations("menu.newCart");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = otherCart !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const count = cartCount(otherCart);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      // Escape (or any close not through the buttons) keeps the cart.
      onClose={() => open && onKeep()}
    >
      {otherCart && (
        <>
          <h2 id={titleId}>{t("title")}</h2>
          <p>
            {t.rich("body", {
              count,
              other: otherCart.restaurantName,
              item: itemName,
              restaurant: restaurantName,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <p className="actions">
            <button type="button" className="button button-quiet" autoFocus onClick={onKeep}>
              {t("keep", { restaurant: otherCart.restaurantName })}
            </button>
            <button type="button" className="button" onClick={onStartNew}>
              {t("start")}
            </button>
          </p>
        </>
      )}
    </dialog>
  );
}
