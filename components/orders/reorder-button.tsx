"use client";
import { useRouter } from "next/navigation";
import { replaceCart, type Cart } from "@/lib/cart/cart-store";

/** Puts a past order back in the cart (at today's prices, checked again at checkout). */
export function ReorderButton({ cart }: { cart: Cart }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button-small button-quiet"
      onClick={() => {
        replaceCart(cart);
        router.push(`/r/${cart.restaurantId}`);
      }}
    >
      Order again
    </button>
  );
}
