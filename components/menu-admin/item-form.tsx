"use client";
// Create or edit an item: its fields, allergens and option groups. Prices are typed in euros;
// the server turns them into cents. Groups are saved after the item (a new one needs its id).
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import type { CreateItemInput } from "@/lib/menu/schemas";
import { AllergenFieldset, knownAllergens } from "./allergen-fieldset";
import { FieldError, fieldMessages, invalidProps } from "./field-error";
import { menuApi, type EditableItem, type EditableMenuJson } from "./menu-editor-keys";
import { itemGroupsApi } from "./option-group-keys";
import { centsToField } from "./option-rules";
import { useMenuMutation } from "./use-menu-mutation";
import { FormFooter } from "./form-footer";

interface Props {
  restaurantId: string;
  categories: EditableMenuJson["categories"];
  optionGroups: EditableMenuJson["optionGroups"];
  /** The item to edit; none: a new item in `categoryId`. */
  item?: EditableItem;
  categoryId: string | null;
  onDone: () => void;
}

export function ItemForm({ restaurantId, categories, optionGroups: groups, item, categoryId, onDone }: Props) {
  const t = useTranslations("menuAdmin");
  const locale = useLocale();
  const [fields, setFields] = useState({
    name: item?.name ?? "",
    description: item?.description ?? "",
    price: item ? centsToField(item.priceCents, locale) : "",
    tags: item?.tags.join(", ") ?? "",
    prepMinutes: String(item?.prepMinutes ?? 10),
    kind: item?.kind ?? "MADE_TO_ORDER",
    categoryId: item ? item.categoryId : categoryId,
  });
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const [allergens, setAllergens] = useState(() => knownAllergens(item?.allergens));
  const [mayContain, setMayContain] = useState(() => knownAllergens(item?.mayContain));
  const attached = item?.groupIds ?? [];
  const [groupIds, setGroupIds] = useState<string[] | null>(null);
  const save = useMenuMutation(restaurantId, async ({ body, groupIds: chosen }: { body: CreateItemInput; groupIds: string[] | null }) => {
    const saved = item
      ? await requestJson<{ item: { id: string } }>(`${menuApi(restaurantId)}/items/${item.id}`, { method: "PATCH", body })
      : await requestJson<{ item: { id: string } }>(`${menuApi(restaurantId)}/items`, { method: "POST", body });
    if (chosen) await requestJson(itemGroupsApi(restaurantId, saved.item.id), { method: "PUT", body: { groupIds: chosen } });
  });
  const idPrefix = `item-${item?.id ?? "new"}`;
  const { byName: errors, elsewhere } = fieldMessages(t, save.fieldErrors, ["name", "price", "prep_minutes", "tags", "description", "allergens", "mayContain"], "item");
  const generalError = save.errorMessage && (elsewhere || Object.keys(errors).length === 0) ? save.errorMessage : null;
  /** The groups ticked: the staff member's choice once they touched it, else what is attached. */
  const chosenGroups = groupIds ?? attached;

  return (
    <form
      className="form menu-admin-form"
      aria-label={item ? t("itemForm.editLabel", { name: item.name }) : t("itemForm.newLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            body: {
              category_id: fields.categoryId || null,
              name: fields.name,
              description: fields.description,
              price: fields.price,
              tags: fields.tags.split(",").map((t) => t.trim()).filter(Boolean),
              prep_minutes: Number(fields.prepMinutes),
              kind: fields.kind as CreateItemInput["kind"],
              allergens,
              mayContain,
            },
            // Only a changed choice is sent: the list replaces the item's groups.
            groupIds: groupIds && groupIds.join() !== attached.join() ? groupIds : null,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <div className="menu-admin-grid">
        <label className="field" htmlFor={`${idPrefix}-name`}>
          <span>{t("itemForm.name")}</span>
          <input id={`${idPrefix}-name`} value={fields.name} onChange={set("name")} required maxLength={80} {...invalidProps(`${idPrefix}-name-error`, errors.name)} />
          <FieldError id={`${idPrefix}-name-error`} message={errors.name} />
        </label>
        <label className="field" htmlFor={`${idPrefix}-price`}>
          <span>{t("itemForm.price")}</span>
          <input id={`${idPrefix}-price`} value={fields.price} onChange={set("price")} required inputMode="decimal" pattern="\d{1,5}([.,]\d{1,2})?" placeholder={t("itemForm.pricePlaceholder")} {...invalidProps(`${idPrefix}-price-error`, errors.price)} />
          <FieldError id={`${idPrefix}-price-error`} message={errors.price} />
        </label>
        <label className="field" htmlFor={`${idPrefix}-prep`}>
          <span>{t("itemForm.prep")}</span>
          <input id={`${idPrefix}-prep`} type="number" min={1} max={240} value={fields.prepMinutes} onChange={set("prepMinutes")} required {...invalidProps(`${idPrefix}-prep-error`, errors.prep_minutes)} />
          <FieldError id={`${idPrefix}-prep-error`} message={errors.prep_minutes} />
        </label>
        <label className="field" htmlFor={`${idPrefix}-kind`}>
          <span>{t("itemForm.kind")}</span>
          <select id={`${idPrefix}-kind`} value={fields.kind} onChange={set("kind")}>
            <option value="MADE_TO_ORDER">{t("itemForm.madeToOrder")}</option>
            <option value="PREPARED">{t("itemForm.prepared")}</option>
          </select>
        </label>
        <label className="field" htmlFor={`${idPrefix}-category`}>
          <span>{t("itemForm.category")}</span>
          <select id={`${idPrefix}-category`} value={fields.categoryId ?? ""} onChange={set("categoryId")}>
            <option value="">{t("itemForm.noCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${idPrefix}-tags`}>
          <span>{t("itemForm.tags")}</span>
          <input id={`${idPrefix}-tags`} value={fields.tags} onChange={set("tags")} placeholder={t("itemForm.tagsPlaceholder")} {...invalidProps(`${idPrefix}-tags-error`, errors.tags)} />
          <FieldError id={`${idPrefix}-tags-error`} message={errors.tags} />
        </label>
      </div>
      <label className="field" htmlFor={`${idPrefix}-description`}>
        <span>{t("itemForm.description")}</span>
        <textarea id={`${idPrefix}-description`} value={fields.description} onChange={set("description")} maxLength={500} rows={2} {...invalidProps(`${idPrefix}-description-error`, errors.description)} />
        <FieldError id={`${idPrefix}-description-error`} message={errors.description} />
      </label>
      <AllergenFieldset legend={t("allergenFields.contains")} idPrefix={`${idPrefix}-allergens`} value={allergens} onChange={setAllergens} error={errors.allergens} />
      <AllergenFieldset legend={t("allergenFields.mayContain")} idPrefix={`${idPrefix}-may`} value={mayContain} onChange={setMayContain} error={errors.mayContain} />
      {groups.length > 0 && (
        <fieldset className="menu-admin-allergens">
          <legend>{t("itemForm.groups")}</legend>
          <div className="menu-admin-checks">
            {groups.map((group) => (
              <label key={group.id} className="menu-admin-check" htmlFor={`${idPrefix}-group-${group.id}`}>
                <input
                  id={`${idPrefix}-group-${group.id}`}
                  type="checkbox"
                  checked={chosenGroups.includes(group.id)}
                  onChange={(e) => setGroupIds(e.target.checked ? [...chosenGroups, group.id] : chosenGroups.filter((id) => id !== group.id))}
                />
                {group.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <FormFooter error={generalError} submitLabel={item ? t("itemForm.save") : t("itemForm.add")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
