"use client";
// A category in the editor (or the items in none): rename, move, archive, its items in order, add one.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { ItemForm } from "./item-form";
import { ItemRow } from "./item-row";
import { menuApi, moved, type EditableItem, type EditableMenuJson } from "./menu-editor-keys";
import { useMenuMutation } from "./use-menu-mutation";
import { ArchiveButton } from "./archive-button";

interface Props {
  restaurantId: string;
  categories: EditableMenuJson["categories"];
  optionGroups: EditableMenuJson["optionGroups"];
  /** null: the items in no category. */
  category: EditableMenuJson["categories"][number] | null;
  items: EditableItem[];
  move?: (by: -1 | 1) => void;
  first?: boolean;
  last?: boolean;
}

export function CategoryCard({ restaurantId, categories, optionGroups, category, items, move, first, last }: Props) {
  const t = useTranslations("menuAdmin");
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState(category?.name ?? "");
  const url = `${menuApi(restaurantId)}/categories/${category?.id}`;
  const rename = useMenuMutation(restaurantId, (body: { name: string }) => requestJson(url, { method: "PATCH", body }));
  const archive = useMenuMutation(restaurantId, () => requestJson(url, { method: "DELETE" }));
  const reorder = useMenuMutation(restaurantId, (ids: string[]) =>
    requestJson(`${menuApi(restaurantId)}/items/order`, { method: "PUT", body: { category_id: category?.id ?? null, ids } }),
  );
  const error = rename.errorMessage ?? archive.errorMessage ?? reorder.errorMessage;
  const title = category?.name ?? t("category.none");
  const ids = items.map((i) => i.id);

  return (
    <section className="card menu-admin-category" aria-label={title}>
      <header className="menu-admin-category-head">
        {category ? (
          <form
            className="menu-admin-rename"
            onSubmit={(e) => {
              e.preventDefault();
              rename.mutate({ name });
            }}
          >
            <input value={name} onChange={(e) => setName(e.target.value)} aria-label={t("category.nameOf", { name: category.name })} maxLength={60} required />
            {name !== category.name && (
              <button type="submit" className="button button-small" disabled={rename.isPending}>
                {t("category.rename")}
              </button>
            )}
          </form>
        ) : (
          <h2>{title}</h2>
        )}
        {category && move && (
          <div className="menu-admin-actions">
            <button type="button" className="button button-quiet button-small" aria-label={t("actions.moveUp", { name: category.name })} disabled={first} onClick={() => move(-1)}>
              ↑
            </button>
            <button type="button" className="button button-quiet button-small" aria-label={t("actions.moveDown", { name: category.name })} disabled={last} onClick={() => move(1)}>
              ↓
            </button>
            <ArchiveButton confirmText={t("category.archiveConfirm", { name: category.name, count: items.length })} pending={archive.isPending} onArchive={() => archive.mutate(undefined)} />
          </div>
        )}
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <ul className="menu-admin-items">
        {items.map((item, index) => (
          <ItemRow
            key={item.id}
            restaurantId={restaurantId}
            categories={categories}
            optionGroups={optionGroups}
            item={item}
            first={index === 0}
            last={index === items.length - 1}
            move={(by) => reorder.mutate(moved(ids, index, by))}
          />
        ))}
      </ul>
      {adding ? (
        <ItemForm restaurantId={restaurantId} categories={categories} optionGroups={optionGroups} categoryId={category?.id ?? null} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setAdding(true)}>
          {category ? t("category.addItemTo", { name: category.name }) : t("category.addItem")}
        </button>
      )}
    </section>
  );
}
