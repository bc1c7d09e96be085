"use client";
// One option ("Extra mozzarella"): its 86 switch and optional count, as for items — the count
// saved with the option's version, so an order or another screen meanwhile makes it a 409.
import { requestJson } from "@/lib/api/request-json";
import type { ItemStockInput, OptionCountInput } from "@/lib/availability/schemas";
import type { BoardJson } from "./board-key";
import { CountForm } from "./count-form";
import { useBoardMutation } from "./use-board-mutation";

type Option = BoardJson["optionGroups"][number]["options"][number];

export function OptionStockRow({ restaurantId, groupName, option }: { restaurantId: string; groupName: string; option: Option }) {
  const url = `/api/v1/options/${option.id}/availability`;
  const stock = useBoardMutation(restaurantId, (body: ItemStockInput) => requestJson(url, { method: "PUT", body }));
  const count = useBoardMutation(restaurantId, (body: OptionCountInput) => requestJson(url, { method: "PUT", body }));
  const error = stock.errorMessage ?? count.errorMessage;
  const available = option.inStock && (option.quantity === null || option.quantity > 0);

  return (
    <li className="avail-item" data-testid="avail-option" data-available={available}>
      <div className="avail-item-name">
        <strong>{option.name}</strong>
        {option.inStock && option.quantity === 0 && <span className="muted small">sold out</span>}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={option.inStock}
        aria-label={`${option.name} (${groupName}) in stock`}
        className="avail-switch"
        disabled={stock.isPending}
        onClick={() => stock.mutate({ available: !option.inStock })}
      >
        {option.inStock ? "In stock" : "86'd"}
      </button>
      <CountForm
        key={`${option.version}:${option.quantity}`}
        name={option.name}
        label="Left"
        quantity={option.quantity}
        version={option.version}
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
