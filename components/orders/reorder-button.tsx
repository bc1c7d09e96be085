"use client";
// Puts a past order back in the cart, checked against today's menu (prices are today's; the
// server checks again at checkout). Lines whose dish or option is gone are left out and
// listed, rather than silently changed; the customer then opens the menu themselves.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { replaceCart, type Cart } from "@/lib/cart/cart-store";
import { rebuildCartLines, type CurrentItem, type PastLine, type ReorderProblem } from "@/lib/cart/rebuild-cart-lines";

interface Props {
  restaurant: Omit<Cart, "lines">;
  lines: PastLine[];
}

export function ReorderButton({ restaurant, lines }: Props) {
  const t = useTranslations("orders.reorder");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ problems: string[]; added: number } | null>(null);
  const problemText = (p: ReorderProblem) => ("option" in p ? t(p.reason, { dish: p.dish, option: p.option }) : t(p.reason, { dish: p.dish }));
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
      else setOutcome({ problems: rebuilt.problems.map(problemText), added: rebuilt.lines.length });
    } catch {
      setOutcome({ problems: [t("menuFailed")], added: 0 });
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-small button-quiet" disabled={pending} onClick={reorder}>
        {pending ? t("checking") : t("again")}
      </button>
      {outcome && (
        <div role="alert" className="form-error" data-testid="reorder-problems">
          <p>{outcome.added > 0 ? t("someLeftOut") : t("allLeftOut")}</p>
          <ul>
            {outcome.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>
            <Link href={menuUrl}>{outcome.added > 0 ? t("seeCart") : t("openMenu")}</Link>
          </p>
        </div>
      )}
    </>
  );
}
