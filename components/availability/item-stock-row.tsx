"use client";
// One item on the board: shelf count for prepared dishes, remaining capacity for made-to-order.
import type { BoardJson } from "./board-key";
import { StockRow } from "./stock-row";

type Item = BoardJson["items"][number];

export function ItemStockRow({ restaurantId, item }: { restaurantId: string; item: Item }) {
  return (
    <StockRow
      restaurantId={restaurantId}
      url={`/api/v1/items/${item.id}/availability`}
      testId="avail-item"
      name={item.name}
      details={
        <span className="muted small">
          {item.category ?? "No category"} · {item.kind === "PREPARED" ? "prepared ahead" : "made to order"}
          {item.inStock && item.quantity === 0 && " · sold out"}
        </span>
      }
      switchLabel={`${item.name} in stock`}
      inStock={item.inStock}
      quantity={item.quantity}
      version={item.inventoryVersion}
      countLabel={item.kind === "PREPARED" ? "On the shelf" : "Can still make"}
      maxQuantity={item.maxQuantity}
    />
  );
}
