// The option groups as the menu editor reads them: GET /api/v1/restaurants/{id}/menu/option-groups.
export interface StaffOptionJson {
  id: string;
  name: string;
  priceDeltaCents: number;
  isDefault: boolean;
  position: number;
  inStock: boolean;
  quantity: number | null;
  version: number;
  allergens: string[];
  mayContain: string[];
  voidsDiet: string[];
}

export interface StaffOptionGroupJson {
  id: string;
  name: string;
  minSelect: number;
  maxSelect: number;
  position: number;
  /** The items it is attached to. */
  itemIds: string[];
  options: StaffOptionJson[];
}

/** What an option is saved with (POST …/options, PATCH …/options/{id}). */
export interface OptionInput {
  name: string;
  priceDeltaCents: number;
  isDefault: boolean;
  allergens: string[];
  mayContain: string[];
}

export const optionGroupsKey = (restaurantId: string) => ["menu-option-groups", restaurantId] as const;
export const optionGroupsApi = (restaurantId: string) => `/api/v1/restaurants/${restaurantId}/menu/option-groups`;
export const itemGroupsApi = (restaurantId: string, itemId: string) => `/api/v1/restaurants/${restaurantId}/menu/items/${itemId}/option-groups`;

/** The groups attached to an item, in the groups' order (the order its sheet shows them). */
export function groupIdsOf(groups: readonly StaffOptionGroupJson[], itemId: string): string[] {
  return groups.filter((g) => g.itemIds.includes(itemId)).map((g) => g.id);
}
