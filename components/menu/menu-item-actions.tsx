"use client";
// A dish's buttons on the menu: "Add" in one tap when nothing needs choosing (no groups, or
// only optional ones such as extras: added with the defaults), and "Choose" to open the item
// sheet whenever the dish has choices. A dish with a required choice (a size) has only "Choose".
import { useTranslations } from "next-intl";
import type { NewCartLine } from "@/lib/cart/cart-line";
import { quickLine, type MenuItem } from "./menu-item";

interface Props {
  item: MenuItem;
  orderable: boolean;
  onAdd: (line: NewCartLine, button: HTMLButtonElement) => void;
  onChoose: (button: HTMLButtonElement) => void;
}

export function MenuItemActions({ item, orderable, onAdd, onChoose }: Props) {
  const t = useTranslations("menu.item");
  if (!item.available) return <span className="badge badge-closed">{t("soldOut")}</span>;
  const quick = quickLine(item);
  return (
    <span className="menu-item-actions">
      {item.optionGroups.length > 0 && (
        <button
          type="button"
          className={quick ? "button button-small button-quiet" : "button button-small"}
          disabled={!orderable}
          aria-label={t("chooseLabel", { name: item.name })}
          aria-haspopup="dialog"
          onClick={(e) => onChoose(e.currentTarget)}
        >
          {t("choose")}
        </button>
      )}
      {quick && (
        <button type="button" className="button button-small" disabled={!orderable} aria-label={t("addLabel", { name: item.name })} onClick={(e) => onAdd(quick, e.currentTarget)}>
          {t("add")}
        </button>
      )}
    </span>
  );
}
