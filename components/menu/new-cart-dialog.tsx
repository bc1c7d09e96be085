"use client";
// Asked before a dish from another restaurant replaces the cart: a cart holds one
// restaurant, and emptying it silently loses what the customer picked. A native modal
// <dialog>: focus moves into it and stays there, Escape keeps the cart, and focus goes back
// to the Add button the customer pressed.
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
          <h2 id={titleId}>Start a new cart?</h2>
          <p>
            Your cart has {count} {count === 1 ? "item" : "items"} from <strong>{otherCart.restaurantName}</strong>. A cart holds one restaurant: adding{" "}
            {itemName} from {restaurantName} empties it.
          </p>
          <p className="actions">
            <button type="button" className="button button-quiet" autoFocus onClick={onKeep}>
              Keep my {otherCart.restaurantName} cart
            </button>
            <button type="button" className="button" onClick={onStartNew}>
              Start a new cart
            </button>
          </p>
        </>
      )}
    </dialog>
  );
}
