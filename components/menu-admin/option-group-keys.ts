// The option groups as the menu editor has them (EditableMenuJson["optionGroups"], from
// GET /api/v1/restaurants/{id}/menu/categories) and the option-group API's addresses.
import type { CreateOptionInput } from "@/lib/menu/schemas";
import type { EditableMenuJson } from "./menu-editor-keys";

export type StaffOptionGroupJson = EditableMenuJson["optionGroups"][number];
export type StaffOptionJson = StaffOptionGroupJson["options"][number];

/** What the editor saves an option with (POST …/options, PATCH …/options/{id}). */
export type OptionInput = Required<Pick<CreateOptionInput, "name" | "priceDeltaCents" | "isDefault" | "allergens" | "mayContain">>;

export const optionGroupsApi = (restaurantId: string) => `/api/v1/restaurants/${restaurantId}/menu/option-groups`;
export const itemGroupsApi = (restaurantId: string, itemId: string) => `/api/v1/restaurants/${restaurantId}/menu/items/${itemId}/option-groups`;
