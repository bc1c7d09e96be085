"use client";
// One item in the editor: move up/down, edit, photo, archive.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { formatCents } from "@/lib/money";
import { ItemForm } from "./item-form";
import { MENU_CURRENCY, menuApi, type EditableItem, type EditableMenuJson } from "./menu-editor-keys";
import { useMenuMutation } from "./use-menu-mutation";
import { ArchiveButton } from "./archive-button";

interface Props {
  restaurantId: string;
  categories: EditableMenuJson["categories"];
  optionGroups: EditableMenuJson["optionGroups"];
  item: EditableItem;
  move: (by: -1 | 1) => void;
  first: boolean;
  last: boolean;
}

export function ItemRow({ restaurantId, categories, optionGroups, item, move, first, last }: Props) {
  const t = useTranslations("menuAdmin");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const archive = useMenuMutation(restaurantId, () => requestJson(`${menuApi(restaurantId)}/items/${item.id}`, { method: "DELETE" }));
  const photo = useMenuMutation(restaurantId, (file: File) => {
    const form = new FormData();
    form.append("photo", file);
    return requestJson(`${menuApi(restaurantId)}/items/${item.id}/photo`, { method: "PUT", body: form });
  });
  const error = archive.errorMessage ?? photo.errorMessage;

  if (editing) {
    return (
      <li className="menu-admin-item">
        <ItemForm restaurantId={restaurantId} categories={categories} optionGroups={optionGroups} item={item} categoryId={item.categoryId} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="menu-admin-item" data-testid="menu-admin-item">
      <div className="menu-admin-item-main">
        {item.photoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as they are
          <img src={item.photoUrl} alt="" className="menu-admin-photo" />
        ) : (
          <span className="menu-admin-photo" aria-hidden />
        )}
        <div>
          <strong>{item.name}</strong> · {formatCents(item.priceCents, MENU_CURRENCY, locale)}
          <p className="muted small">
            {item.kind === "PREPARED" ? t("item.prepared") : t("item.madeToOrder")} · {t("item.minutes", { minutes: item.prepMinutes })}
            {item.tags.length > 0 && ` · ${item.tags.join(", ")}`}
            {!item.inStock && ` · ${t("item.out")}`}
          </p>
        </div>
      </div>
      <div className="menu-admin-actions">
        <button type="button" className="button button-quiet button-small" aria-label={t("actions.moveUp", { name: item.name })} disabled={first} onClick={() => move(-1)}>
          ↑
        </button>
        <button type="button" className="button button-quiet button-small" aria-label={t("actions.moveDown", { name: item.name })} disabled={last} onClick={() => move(1)}>
          ↓
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
          {t("actions.edit")}
        </button>
        <label className="button button-quiet button-small menu-admin-upload">
          {photo.isPending ? t("item.uploading") : t("item.photo")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-label={t("item.photoOf", { name: item.name })}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) photo.mutate(file);
              e.target.value = "";
            }}
          />
        </label>
        <ArchiveButton confirmText={t("item.archiveConfirm", { name: item.name })} pending={archive.isPending} onArchive={() => archive.mutate(undefined)} />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </li>
  );
}
