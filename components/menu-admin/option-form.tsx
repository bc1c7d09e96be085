"use client";
// Add or edit one option of a group: name, price change in euros (may be negative or zero),
// whether it is chosen by default, its allergens. Errors from the API sit beside their field.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { AllergenFieldset, knownAllergens } from "./allergen-fieldset";
import { FieldError, fieldMessages, invalidProps } from "./field-error";
import { optionGroupsApi, type OptionInput, type StaffOptionJson } from "./option-group-keys";
import { centsToField, parseDeltaEuros } from "./option-rules";
import { useMenuMutation } from "./use-menu-mutation";
import { FormFooter } from "./form-footer";

interface Props {
  restaurantId: string;
  groupId: string;
  groupName: string;
  /** The option to edit; none: a new one at the end of the group. */
  option?: StaffOptionJson;
  onDone: () => void;
}

export function OptionForm({ restaurantId, groupId, groupName, option, onDone }: Props) {
  const t = useTranslations("menuAdmin");
  const locale = useLocale();
  const [name, setName] = useState(option?.name ?? "");
  const [price, setPrice] = useState(() => centsToField(option?.priceDeltaCents ?? 0, locale));
  const [isDefault, setIsDefault] = useState(option?.isDefault ?? false);
  const [allergens, setAllergens] = useState(() => knownAllergens(option?.allergens));
  const [mayContain, setMayContain] = useState(() => knownAllergens(option?.mayContain));
  const [priceProblem, setPriceProblem] = useState<string>();
  const url = `${optionGroupsApi(restaurantId)}/${groupId}/options`;
  const save = useMenuMutation(restaurantId, (body: OptionInput) =>
    option ? requestJson(`${url}/${option.id}`, { method: "PATCH", body }) : requestJson(url, { method: "POST", body }),
  );
  const id = `option-${option?.id ?? `new-${groupId}`}`;
  const { byName: errors, elsewhere } = fieldMessages(t, save.fieldErrors, ["name", "priceDeltaCents", "isDefault", "allergens", "mayContain"], "option");
  const priceError = priceProblem ?? errors.priceDeltaCents;
  const otherError = save.errorMessage && (elsewhere || Object.keys(errors).length === 0) ? save.errorMessage : null;

  return (
    <form
      className="form menu-admin-form menu-admin-option-form"
      aria-label={option ? t("option.edit", { name: option.name }) : t("optionForm.newLabel", { group: groupName })}
      onSubmit={(e) => {
        e.preventDefault();
        const priceDeltaCents = parseDeltaEuros(price);
        setPriceProblem(priceDeltaCents === null ? t("optionForm.priceInvalid") : undefined);
        if (priceDeltaCents === null) return;
        save.mutate({ name, priceDeltaCents, isDefault, allergens, mayContain }, { onSuccess: onDone });
      }}
    >
      <div className="menu-admin-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("optionForm.name")}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} {...invalidProps(`${id}-name-error`, errors.name)} />
          <FieldError id={`${id}-name-error`} message={errors.name} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-price`}>{t("optionForm.price")}</label>
          <input
            id={`${id}-price`}
            value={price}
            onChange={(e) => setPrice(e.target.value)}
            required
            inputMode="decimal"
            aria-describedby={`${id}-price-help${priceError ? ` ${id}-price-error` : ""}`}
            aria-invalid={priceError ? true : undefined}
          />
          <small id={`${id}-price-help`} className="muted">
            {t("optionForm.priceHelp")}
          </small>
          <FieldError id={`${id}-price-error`} message={priceError} />
        </div>
        <label className="menu-admin-check" htmlFor={`${id}-default`}>
          <input id={`${id}-default`} type="checkbox" checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} />
          {t("optionForm.isDefault")}
        </label>
      </div>
      <FieldError id={`${id}-default-error`} message={errors.isDefault} />
      <AllergenFieldset legend={t("allergenFields.contains")} idPrefix={`${id}-allergens`} value={allergens} onChange={setAllergens} error={errors.allergens} />
      <AllergenFieldset legend={t("allergenFields.mayContain")} idPrefix={`${id}-may`} value={mayContain} onChange={setMayContain} error={errors.mayContain} />
      <FormFooter error={otherError} submitLabel={option ? t("optionForm.save") : t("optionForm.add")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
