"use client";
// The kitchen's menu editor: categories and items in customer order. Each edit goes through
// the menu APIs; the editor then reads the menu again, as it does when the outlet's menu
// version moves elsewhere (another screen, an availability change), announced live.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { useMenuChanges } from "@/lib/realtime/use-menu-changes";
import { CategoryCard } from "./category-card";
import { MenuChangeLog } from "./menu-change-log";
import { menuApi, menuEditorKey, moved, type EditableMenuJson } from "./menu-editor-keys";
import { OptionGroupsSection } from "./option-groups-section";
import { useMenuMutation } from "./use-menu-mutation";

export function MenuEditor({ initialMenu, realtimeUrl }: { initialMenu: EditableMenuJson; realtimeUrl: string }) {
  const t = useTranslations("menuAdmin");
  const restaurantId = initialMenu.restaurant.id;
  const queryClient = useQueryClient();
  const { data: menu } = useQuery({
    queryKey: menuEditorKey(restaurantId),
    queryFn: () => requestJson<EditableMenuJson>(`${menuApi(restaurantId)}/categories`),
    initialData: initialMenu,
    staleTime: 0,
  });
  useMenuChanges(realtimeUrl, restaurantId, (menuVersion) => {
    if (menuVersion > menu.restaurant.menuVersion) void queryClient.invalidateQueries({ queryKey: menuEditorKey(restaurantId) });
  });

  const [newCategory, setNewCategory] = useState("");
  const create = useMenuMutation(restaurantId, (body: { name: string }) => requestJson(`${menuApi(restaurantId)}/categories`, { method: "POST", body }));
  const reorder = useMenuMutation(restaurantId, (ids: string[]) => requestJson(`${menuApi(restaurantId)}/categories/order`, { method: "PUT", body: { ids } }));
  const categoryIds = menu.categories.map((c) => c.id);
  const items = [
    ...menu.categories.flatMap((c) => c.items.map((i) => ({ ...i, category: c.name }))),
    ...menu.uncategorised.map((i) => ({ ...i, category: null })),
  ];

  return (
    <div className="menu-admin">
      <p className="muted small">{t("intro", { version: menu.restaurant.menuVersion })}</p>
      {reorder.errorMessage && (
        <p role="alert" className="form-error">
          {reorder.errorMessage}
        </p>
      )}
      {menu.categories.map((category, index) => (
        <CategoryCard
          key={`${category.id}:${category.name}`}
          restaurantId={restaurantId}
          categories={menu.categories}
          optionGroups={menu.optionGroups}
          category={category}
          items={category.items}
          first={index === 0}
          last={index === menu.categories.length - 1}
          move={(by) => reorder.mutate(moved(categoryIds, index, by))}
        />
      ))}
      {menu.uncategorised.length > 0 && <CategoryCard restaurantId={restaurantId} categories={menu.categories} optionGroups={menu.optionGroups} category={null} items={menu.uncategorised} />}
      <form
        className="card menu-admin-new-category"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name: newCategory }, { onSuccess: () => setNewCategory("") });
        }}
      >
        <label className="field">
          <span>{t("newCategory.label")}</span>
          <input value={newCategory} onChange={(e) => setNewCategory(e.target.value)} maxLength={60} required placeholder={t("newCategory.placeholder")} />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          {t("newCategory.add")}
        </button>
        {create.errorMessage && (
          <p role="alert" className="form-error">
            {create.errorMessage}
          </p>
        )}
      </form>
      <OptionGroupsSection restaurantId={restaurantId} groups={menu.optionGroups} items={items} />
      <MenuChangeLog restaurantId={restaurantId} timeZone={menu.restaurant.timeZone} />
    </div>
  );
}
