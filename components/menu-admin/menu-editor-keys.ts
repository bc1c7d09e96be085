import type { useTranslations } from "next-intl";
import type { Jsonified } from "@/lib/api/jsonified";
import type { EditableMenu } from "@/lib/menu/list-editable-menu";
import type { listMenuChanges } from "@/lib/menu/list-menu-changes";

export type EditableMenuJson = Jsonified<EditableMenu>;
export type EditableItem = EditableMenuJson["uncategorised"][number];
export type MenuChangeJson = Jsonified<Awaited<ReturnType<typeof listMenuChanges>>[number]>;

/** TanStack Query keys of the menu editor: the menu, and its change log. */
export const menuEditorKey = (restaurantId: string) => ["menu-editor", restaurantId] as const;
export const menuChangesKey = (restaurantId: string) => ["menu-changes", restaurantId] as const;

/** The editor's translations (namespace menuAdmin), for helpers outside components. */
export type MenuAdminT = ReturnType<typeof useTranslations<"menuAdmin">>;

/** Menus are priced in euros (lib/menu/schemas.ts reads prices as euros). */
export const MENU_CURRENCY = "EUR";

export const menuApi = (restaurantId: string) => `/api/v1/restaurants/${restaurantId}/menu`;

/** `ids` with the entry at `index` swapped with its neighbour (-1 up, +1 down). */
export function moved(ids: string[], index: number, by: -1 | 1): string[] {
  const next = [...ids];
  [next[index], next[index + by]] = [next[index + by]!, next[index]!];
  return next;
}
