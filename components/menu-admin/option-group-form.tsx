"use client";
// Create or edit a group's name and rule. The rule is asked the way staff think of it —
// required or optional, how many — and shown as customers will read it ("Required, choose 1").
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { FieldError, fieldMessages, invalidProps } from "./field-error";
import { optionGroupsApi, type StaffOptionGroupJson } from "./option-group-keys";
import { describeRule, MAX_CHOICES } from "./option-rules";
import { useMenuMutation } from "./use-menu-mutation";
import { FormFooter } from "./form-footer";

interface Props {
  restaurantId: string;
  /** The group to edit; none: a new group. */
  group?: StaffOptionGroupJson;
  onDone: () => void;
}

interface GroupInput {
  name: string;
  minSelect: number;
  maxSelect: number;
}

export function OptionGroupForm({ restaurantId, group, onDone }: Props) {
  const t = useTranslations("menuAdmin");
  const [name, setName] = useState(group?.name ?? "");
  const [required, setRequired] = useState((group?.minSelect ?? 1) > 0);
  const [atLeast, setAtLeast] = useState(String(group?.minSelect || 1));
  const [atMost, setAtMost] = useState(String(group?.maxSelect ?? 1));
  const save = useMenuMutation(restaurantId, (body: GroupInput) =>
    group ? requestJson(`${optionGroupsApi(restaurantId)}/${group.id}`, { method: "PATCH", body }) : requestJson(optionGroupsApi(restaurantId), { method: "POST", body }),
  );
  const minSelect = required ? Number(atLeast) : 0;
  const maxSelect = Number(atMost);
  const localProblem = required && minSelect > maxSelect ? t("groupForm.atMostBelowAtLeast") : undefined;
  const { byName: errors, elsewhere } = fieldMessages(t, save.fieldErrors, ["name", "minSelect", "maxSelect"], "group");
  const otherError = save.errorMessage && (elsewhere || Object.keys(errors).length === 0) ? save.errorMessage : null;
  const id = `group-${group?.id ?? "new"}`;
  const maxError = localProblem ?? errors.maxSelect;

  return (
    <form
      className="form menu-admin-form"
      aria-label={group ? t("group.edit", { name: group.name }) : t("groupForm.newLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        if (localProblem) return;
        save.mutate({ name, minSelect, maxSelect }, { onSuccess: onDone });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("groupForm.name")}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} placeholder={t("groupForm.namePlaceholder")} {...invalidProps(`${id}-name-error`, errors.name)} />
        <FieldError id={`${id}-name-error`} message={errors.name} />
      </div>
      <fieldset className="menu-admin-rule">
        <legend>{t("groupForm.mustChoose")}</legend>
        <label className="menu-admin-check">
          <input type="radio" name={`${id}-required`} checked={required} onChange={() => setRequired(true)} />
          {t("groupForm.required")}
        </label>
        <label className="menu-admin-check">
          <input type="radio" name={`${id}-required`} checked={!required} onChange={() => setRequired(false)} />
          {t("groupForm.optional")}
        </label>
        <div className="menu-admin-grid">
          {required && (
            <div className="field">
              <label htmlFor={`${id}-min`}>{t("groupForm.atLeast")}</label>
              <input id={`${id}-min`} type="number" min={1} max={MAX_CHOICES} step={1} value={atLeast} onChange={(e) => setAtLeast(e.target.value)} required {...invalidProps(`${id}-min-error`, errors.minSelect)} />
              <FieldError id={`${id}-min-error`} message={errors.minSelect} />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-max`}>{required ? t("groupForm.atMost") : t("groupForm.upTo")}</label>
            <input id={`${id}-max`} type="number" min={1} max={MAX_CHOICES} step={1} value={atMost} onChange={(e) => setAtMost(e.target.value)} required {...invalidProps(`${id}-max-error`, maxError)} />
            <FieldError id={`${id}-max-error`} message={maxError} />
          </div>
        </div>
        <p className="muted small" aria-live="polite">
          {t.rich("groupForm.preview", {
            rule: Number.isInteger(minSelect) && Number.isInteger(maxSelect) && maxSelect > 0 ? describeRule(t, minSelect, maxSelect) : "…",
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      </fieldset>
      <FormFooter error={otherError} submitLabel={group ? t("groupForm.save") : t("groupForm.create")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
