"use client";
// One item: the in/out-of-stock switch ("86") and its count, saved with the inventory
// version this screen read (an order placed meanwhile makes the save a 409, never a loss).
import { requestJson } from "@/lib/api/request-json";
import type { InventoryInput, ItemStockInput } from "@/lib/availability/schemas";
import type { BoardJson } from "./board-key";
import { CountForm } from "./count-form";
import { useBoardMutation } from "./use-board-mutation";

type Item = BoardJson["items"][number];

export function ItemStockRow({ restaurantId, item }: { restaurantId: string; item: Item }) {
  const url = `/api/v1/items/${item.id}/availability`;
  const stock = useBoardMutation(restaurantId, (body: ItemStockInput) => requestJson(url, { method: "PUT", body }));
  const count = useBoardMutation(restaurantId, (body: InventoryInput) => requestJson(url, { method: "PUT", body }));
  const error = stock.errorMessage ?? count.errorMessage;
  const available = item.inStock && (item.quantity === null || item.quantity > 0);

  return (
    <li className="avail-item" data-testid="avail-item" data-available={available}>
      <div className="avail-item-name">
        <strong>{item.name}</strong>
        <span className="muted small">
          {item.category ?? "No category"} · {item.kind === "PREPARED" ? "prepared ahead" : "made to order"}
          {item.inStock && item.quantity === 0 && " · sold out"}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={item.inStock}
        aria-label={`${item.name} in stock`}
        className="avail-switch"
        disabled={stock.isPending}
        onClick={() => stock.mutate({ available: !item.inStock })}
      >
        {item.inStock ? "In stock" : "86'd"}
      </button>
      {/* Remounted when the count moves on (an order, another screen), dropping a stale draft. */}
      <CountForm
        key={`${item.inventoryVersion}:${item.quantity}`}
        name={item.name}
        label={item.kind === "PREPARED" ? "On the shelf" : "Can still make"}
        quantity={item.quantity}
        version={item.inventoryVersion}
        maxQuantity={item.maxQuantity}
        pending={count.isPending}
        save={(body) => count.mutate(body)}
      />
      {error && (
        <p role="alert" className="form-error avail-item-error">
          {error}
        </p>
      )}
    </li>
  );
}
