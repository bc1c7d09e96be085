"use client";
// Puts a past order back in the cart, checked against today's menu (prices are today's; the
// server checks again at checkout). Lines whose dish or option is gone are left out and
// listed, rather than silently changed; the customer then opens the menu themselves.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { replaceCart, type Cart } from "@/lib/cart/cart-store";
import { rebuildCartLines, type CurrentItem, type PastLine } from "@/lib/cart/rebuild-cart-lines";

interface Props {
  restaurant: Omit<Cart, "lines">;
  lines: PastLine[];
}

export function ReorderButton({ restaurant, lines }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ problems: string[]; added: number } | null>(null);
  const menuUrl = `/r/${restaurant.restaurantId}`;

  async function reorder() {
    setPending(true);
    try {
      const res = await fetch(`/api/v1/restaurants/${restaurant.restaurantId}/menu`);
      if (!res.ok) throw new Error(`menu ${res.status}`);
      const menu = (await res.json()) as { categories: { items: CurrentItem[] }[] };
      const rebuilt = rebuildCartLines(
        lines,
        menu.categories.flatMap((c) => c.items),
      );
      if (rebuilt.lines.length) replaceCart({ ...restaurant, lines: rebuilt.lines });
      if (rebuilt.problems.length === 0) router.push(menuUrl);
      else setOutcome({ problems: rebuilt.problems, added: rebuilt.lines.length });
    } catch {
      setOutcome({ problems: ["We could not load today's menu. Try again in a moment."], added: 0 });
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-small button-quiet" disabled={pending} onClick={reorder}>
        {pending ? "Checking the menu…" : "Order again"}
      </button>
      {outcome && (
        <div role="alert" className="form-error" data-testid="reorder-problems">
          <p>{outcome.added > 0 ? "Not everything could go back in your cart:" : "Nothing could go back in your cart:"}</p>
          <ul>
            {outcome.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>
            <Link href={menuUrl}>{outcome.added > 0 ? "See your cart on the menu" : "Open the menu"}</Link>
          </p>
        </div>
      )}
    </>
  );
}
