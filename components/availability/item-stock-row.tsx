"use client";
// One item on the board: shelf count for prepared dishes, remaining capacity for made-to-order.
import { useTranslations } from "next-intl";
import type { BoardJson } from "./board-key";
import { StockRow } from "./stock-row";

type Item = BoardJson["items"][number];

export function ItemStockRow({ restaurantId, item }: { restaurantId: string; item: Item }) {
  const t = useTranslations("availability");
  return (
    <StockRow
      restaurantId={restaurantId}
      url={`/api/v1/items/${item.id}/availability`}
      testId="avail-item"
      name={item.name}
      details={
        <span className="muted small">
          {item.category ?? t("stock.noCategory")} · {item.kind === "PREPARED" ? t("stock.prepared") : t("stock.madeToOrder")}
          {item.inStock && item.quantity === 0 && ` · ${t("stock.soldOut")}`}
        </span>
      }
      switchLabel={t("stock.itemSwitch", { name: item.name })}
      inStock={item.inStock}
      quantity={item.quantity}
      version={item.inventoryVersion}
      countLabel={item.kind === "PREPARED" ? t("stock.onShelf") : t("stock.canMake")}
      maxQuantity={item.maxQuantity}
    />
  );
}
