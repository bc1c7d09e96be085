"use client";
// A dish's controls on the tablet: a − n + stepper when nothing needs choosing (with the
// default choices), and "Choose" to open the item sheet whenever the dish has choices.
import { useTranslations } from "next-intl";
import type { NewCartLine } from "@/lib/cart/cart-line";
import { quickLine, type MenuItem } from "@/components/menu/menu-item";

interface Props {
  item: MenuItem;
  open: boolean;
  quantity: (line: NewCartLine) => number;
  onQuantity: (line: NewCartLine, delta: 1 | -1) => void;
  onChoose: (button: HTMLButtonElement) => void;
}

export function KioskItemActions({ item, open, quantity, onQuantity, onChoose }: Props) {
  const t = useTranslations("kiosk.menu");
  const quick = quickLine(item);
  const count = quick ? quantity(quick) : 0;
  return (
    <>
      {quick && (
        <div className="qty">
          <button type="button" className="button button-quiet" aria-label={t("remove", { dish: item.name })} disabled={!count} onClick={() => onQuantity(quick, -1)}>
            −
          </button>
          <span aria-label={t("quantity", { dish: item.name })}>{count}</span>
          <button type="button" className="button" aria-label={t("add", { dish: item.name })} disabled={!open} onClick={() => onQuantity(quick, 1)}>
            +
          </button>
        </div>
      )}
      {item.optionGroups.length > 0 && (
        <button
          type="button"
          className={quick ? "button button-quiet" : "button"}
          aria-label={t("chooseDish", { dish: item.name })}
          aria-haspopup="dialog"
          disabled={!open}
          onClick={(e) => onChoose(e.currentTarget)}
        >
          {t("choose")}
        </button>
      )}
    </>
  );
}
