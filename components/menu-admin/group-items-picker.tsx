"use client";
// Which items a group is offered on, picked from the group: each item whose choice changed
// gets its list of groups replaced (PUT …/items/{id}/option-groups), the others are left alone.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { itemGroupsApi, type StaffOptionGroupJson } from "./option-group-keys";
import { useMenuMutation } from "./use-menu-mutation";
import { FormFooter } from "./form-footer";

export interface PickableItem {
  id: string;
  name: string;
  category: string | null;
  /** The groups it offers, in its order. */
  groupIds: string[];
}

interface Props {
  restaurantId: string;
  group: StaffOptionGroupJson;
  items: readonly PickableItem[];
  onDone: () => void;
}

export function GroupItemsPicker({ restaurantId, group, items, onDone }: Props) {
  const t = useTranslations("menuAdmin");
  const [picked, setPicked] = useState(() => new Set(group.itemIds));
  const save = useMenuMutation(restaurantId, async (chosen: Set<string>) => {
    const changed = items.filter((item) => chosen.has(item.id) !== group.itemIds.includes(item.id));
    for (const item of changed) {
      // The item keeps its other groups in their order; a newly offered group comes last.
      const others = item.groupIds.filter((id) => id !== group.id);
      const groupIds = chosen.has(item.id) ? [...others, group.id] : others;
      await requestJson(itemGroupsApi(restaurantId, item.id), { method: "PUT", body: { groupIds } });
    }
  });
  const id = `group-${group.id}-items`;

  return (
    <form
      className="form menu-admin-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(picked, { onSuccess: onDone });
      }}
    >
      <fieldset className="menu-admin-allergens">
        <legend>{t("picker.legend", { name: group.name })}</legend>
        {items.length === 0 ? (
          <p className="muted">{t("picker.empty")}</p>
        ) : (
          <div className="menu-admin-checks">
            {items.map((item) => (
              <label key={item.id} className="menu-admin-check" htmlFor={`${id}-${item.id}`}>
                <input
                  id={`${id}-${item.id}`}
                  type="checkbox"
                  checked={picked.has(item.id)}
                  onChange={(e) =>
                    setPicked((now) => {
                      const next = new Set(now);
                      if (e.target.checked) next.add(item.id);
                      else next.delete(item.id);
                      return next;
                    })
                  }
                />
                {item.name}
                {item.category && <span className="muted small"> · {item.category}</span>}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <FormFooter error={save.errorMessage} submitLabel={t("picker.save")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
