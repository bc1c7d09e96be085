"use client";
// One option ("Extra mozzarella") on the board, counted in units left like a prepared item.
import { useTranslations } from "next-intl";
import type { BoardJson } from "./board-key";
import { StockRow } from "./stock-row";

type Option = BoardJson["optionGroups"][number]["options"][number];

export function OptionStockRow({ restaurantId, groupName, option }: { restaurantId: string; groupName: string; option: Option }) {
  const t = useTranslations("availability");
  return (
    <StockRow
      restaurantId={restaurantId}
      url={`/api/v1/options/${option.id}/availability`}
      testId="avail-option"
      name={option.name}
      details={option.inStock && option.quantity === 0 && <span className="muted small">{t("stock.soldOut")}</span>}
      switchLabel={t("stock.optionSwitch", { name: option.name, group: groupName })}
      inStock={option.inStock}
      quantity={option.quantity}
      version={option.version}
      countLabel={t("stock.left")}
    />
  );
}
