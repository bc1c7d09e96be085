"use client";
// Create or edit an item. Prices are typed in euros; the server turns them into cents.
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import type { CreateItemInput } from "@/lib/menu/schemas";
import { menuApi, type EditableItem, type EditableMenuJson } from "./menu-editor-keys";
import { useMenuMutation } from "./use-menu-mutation";

interface Props {
  restaurantId: string;
  categories: EditableMenuJson["categories"];
  /** The item to edit; none: a new item in `categoryId`. */
  item?: EditableItem;
  categoryId: string | null;
  onDone: () => void;
}

const centsToEuros = (cents: number) => (cents / 100).toFixed(2);

export function ItemForm({ restaurantId, categories, item, categoryId, onDone }: Props) {
  const [fields, setFields] = useState({
    name: item?.name ?? "",
    description: item?.description ?? "",
    price: item ? centsToEuros(item.priceCents) : "",
    tags: item?.tags.join(", ") ?? "",
    prepMinutes: String(item?.prepMinutes ?? 10),
    kind: item?.kind ?? "MADE_TO_ORDER",
    categoryId: item ? item.categoryId : categoryId,
  });
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const save = useMenuMutation(restaurantId, (body: CreateItemInput) =>
    item
      ? requestJson(`${menuApi(restaurantId)}/items/${item.id}`, { method: "PATCH", body })
      : requestJson(`${menuApi(restaurantId)}/items`, { method: "POST", body }),
  );
  const idPrefix = `item-${item?.id ?? "new"}`;

  return (
    <form
      className="form menu-admin-form"
      aria-label={item ? `Edit ${item.name}` : "New item"}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            category_id: fields.categoryId || null,
            name: fields.name,
            description: fields.description,
            price: fields.price,
            tags: fields.tags.split(",").map((t) => t.trim()).filter(Boolean),
            prep_minutes: Number(fields.prepMinutes),
            kind: fields.kind as CreateItemInput["kind"],
          },
          { onSuccess: onDone },
        );
      }}
    >
      <div className="menu-admin-grid">
        <label className="field" htmlFor={`${idPrefix}-name`}>
          <span>Name</span>
          <input id={`${idPrefix}-name`} value={fields.name} onChange={set("name")} required maxLength={80} />
        </label>
        <label className="field" htmlFor={`${idPrefix}-price`}>
          <span>Price (€)</span>
          <input id={`${idPrefix}-price`} value={fields.price} onChange={set("price")} required inputMode="decimal" pattern="\d{1,5}([.,]\d{1,2})?" placeholder="12.50" />
        </label>
        <label className="field" htmlFor={`${idPrefix}-prep`}>
          <span>Prep time (min)</span>
          <input id={`${idPrefix}-prep`} type="number" min={1} max={240} value={fields.prepMinutes} onChange={set("prepMinutes")} required />
        </label>
        <label className="field" htmlFor={`${idPrefix}-kind`}>
          <span>Kind</span>
          <select id={`${idPrefix}-kind`} value={fields.kind} onChange={set("kind")}>
            <option value="MADE_TO_ORDER">Made to order (count = capacity)</option>
            <option value="PREPARED">Prepared ahead (count = units)</option>
          </select>
        </label>
        <label className="field" htmlFor={`${idPrefix}-category`}>
          <span>Category</span>
          <select id={`${idPrefix}-category`} value={fields.categoryId ?? ""} onChange={set("categoryId")}>
            <option value="">No category</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${idPrefix}-tags`}>
          <span>Tags (comma-separated)</span>
          <input id={`${idPrefix}-tags`} value={fields.tags} onChange={set("tags")} placeholder="vegan, spicy" />
        </label>
      </div>
      <label className="field" htmlFor={`${idPrefix}-description`}>
        <span>Description</span>
        <textarea id={`${idPrefix}-description`} value={fields.description} onChange={set("description")} maxLength={500} rows={2} />
      </label>
      {save.errorMessage && (
        <p role="alert" className="form-error">
          {save.errorMessage}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {item ? "Save item" : "Add item"}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
