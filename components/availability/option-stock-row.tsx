"use client";
// One option ("Extra mozzarella") on the board, counted in units left like a prepared item.
import type { BoardJson } from "./board-key";
import { StockRow } from "./stock-row";

type Option = BoardJson["optionGroups"][number]["options"][number];

export function OptionStockRow({ restaurantId, groupName, option }: { restaurantId: string; groupName: string; option: Option }) {
  return (
    <StockRow
      restaurantId={restaurantId}
      url={`/api/v1/options/${option.id}/availability`}
      testId="avail-option"
      name={option.name}
      details={option.inStock && option.quantity === 0 && <span className="muted small">sold out</span>}
      switchLabel={`${option.name} (${groupName}) in stock`}
      inStock={option.inStock}
      quantity={option.quantity}
      version={option.version}
      countLabel="Left"
    />
  );
}
