"use client";
// The table's order before it is sent: each line with its choices and note, one more / one
// less, and lines the live menu no longer allows (a dish sold out, an option 86'd) marked and
// left out of what is sent.
import { useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import { describeOptions } from "@/lib/cart/cart-line";
import { CartLineDetails } from "@/components/cart/cart-line-details";
import type { KioskLine, KioskLineProblem } from "./kiosk-lines";

interface Props {
  lines: KioskLine[];
  onQuantity: (key: string, quantity: number) => void;
}

export function KioskOrderList({ lines, onQuantity }: Props) {
  const t = useTranslations("kiosk.order");
  const locale = useLocale();
  const problemText = (problem: KioskLineProblem, dish: string) =>
    problem.kind === "soldOut" ? t("soldOut", { dish }) : problem.kind === "optionGone" ? t("optionGone", { option: problem.option }) : t("choices", { dish });
  return (
    <section className="card kiosk-order" aria-labelledby="kiosk-order-title">
      <h2 id="kiosk-order-title">{t("title")}</h2>
      <ul className="cart-lines">
        {lines.map(({ line, problem, unitPriceCents }) => {
          const label = line.options.length || line.note ? `${line.name} (${[describeOptions(line.options), line.note].filter(Boolean).join(", ")})` : line.name;
          return (
            <li key={line.key} data-testid="kiosk-line" data-available={!problem}>
              <span>
                {line.quantity} × {line.name}
                <CartLineDetails options={line.options} note={line.note} allergens={line.allergens} />
                {problem && <span className="field-error small">{t("notSent", { problem: problemText(problem, line.name) })}</span>}
              </span>
              <span className="qty">
                <button type="button" className="button button-quiet" aria-label={t("oneLess", { line: label })} onClick={() => onQuantity(line.key, line.quantity - 1)}>
                  −
                </button>
                <button type="button" className="button button-quiet" aria-label={t("oneMore", { line: label })} disabled={!!problem} onClick={() => onQuantity(line.key, line.quantity + 1)}>
                  +
                </button>
              </span>
              <span>{problem ? "" : formatCents(unitPriceCents * line.quantity, "EUR", locale)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
