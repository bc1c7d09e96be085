"use client";
// One orderable thing on the availability board (an item, or an option such as "Extra
// mozzarella"): its 86 switch and optional count, both saved through the thing's availability
// URL. The count goes with the version this screen read, so an order or another screen
// meanwhile makes the save a 409, never a loss.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { requestJson } from "@/lib/api/request-json";
import type { ItemStockInput } from "@/lib/availability/schemas";
import { CountForm } from "./count-form";
import { useBoardMutation } from "./use-board-mutation";

interface Props {
  restaurantId: string;
  url: string;
  testId: string;
  name: string;
  /** Shown under the name (category and kind, "sold out"). */
  details: ReactNode;
  switchLabel: string;
  inStock: boolean;
  quantity: number | null;
  version: number;
  countLabel: string;
  maxQuantity?: number | null;
}

export function StockRow({ restaurantId, url, testId, name, details, switchLabel, inStock, quantity, version, countLabel, maxQuantity }: Props) {
  const t = useTranslations("availability");
  const stock = useBoardMutation(restaurantId, (body: ItemStockInput) => requestJson(url, { method: "PUT", body }));
  const count = useBoardMutation(restaurantId, (body: { quantity: number | null; version: number }) => requestJson(url, { method: "PUT", body }));
  const error = stock.errorMessage ?? count.errorMessage;
  const available = inStock && (quantity === null || quantity > 0);

  return (
    <li className="avail-item" data-testid={testId} data-available={available}>
      <div className="avail-item-name">
        <strong>{name}</strong>
        {details}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={inStock}
        aria-label={switchLabel}
        className="avail-switch"
        disabled={stock.isPending}
        onClick={() => stock.mutate({ available: !inStock })}
      >
        {inStock ? t("stock.inStock") : t("stock.out")}
      </button>
      {/* Remounted when the count moves on (an order, another screen), dropping a stale draft. */}
      <CountForm
        key={`${version}:${quantity}`}
        name={name}
        label={countLabel}
        quantity={quantity}
        version={version}
        maxQuantity={maxQuantity}
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
