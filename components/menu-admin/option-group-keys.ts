// The option groups as the menu editor has them (EditableMenuJson["optionGroups"], from
// GET /api/v1/restaurants/{id}/menu/categories) and the option-group API's addresses.
import type { EditableMenuJson } from "./menu-editor-keys";

export type StaffOptionGroupJson = EditableMenuJson["optionGroups"][number];
export type StaffOptionJson = StaffOptionGroupJson["options"][number];

/** What an option is saved with (POST …/options, PATCH …/options/{id}). */
export interface OptionInput {
  name: string;
  priceDeltaCents: number;
  isDefault: boolean;
  allergens: string[];
  mayContain: string[];
}

export const optionGroupsApi = (restaurantId: string) => `/api/v1/restaurants/${restaurantId}/menu/option-groups`;
export const itemGroupsApi = (restaurantId: string, itemId: string) => `/api/v1/restaurants/${restaurantId}/menu/items/${itemId}/option-groups`;
