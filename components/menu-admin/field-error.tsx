// A server's message about one field, under that field, announced and tied to it
// (the field carries aria-describedby={id} and aria-invalid).
import { MAX_CHOICES } from "./option-rules";
import type { MenuAdminT } from "./menu-editor-keys";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <small id={id} className="field-error" role="alert">
      {message}
    </small>
  );
}

/** The props that tie a field to its FieldError. */
export function invalidProps(id: string, message?: string) {
  return message ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}

/** A 400's issues by field path: the API's (English) messages and their issue codes. */
export interface FieldIssues {
  messages: Readonly<Record<string, string>>;
  codes: Readonly<Record<string, string>>;
}

/**
 * The API's 400 issues for the fields a form shows ("allergens.2" counts as "allergens"), worded
 * in the reader's language by field and issue code, and whether any issue is about something
 * else, which the form's general error then shows.
 */
export function fieldMessages<TName extends string>(t: MenuAdminT, issues: FieldIssues, names: readonly TName[], what: "item" | "option" | "group") {
  const byName: Partial<Record<TName, string>> = {};
  let elsewhere = false;
  for (const path of Object.keys(issues.messages)) {
    const name = names.find((n) => path === n || path.startsWith(`${n}.`));
    if (name) byName[name] ??= issueText(t, what, name, issues.codes[path]);
    else elsewhere = true;
  }
  return { byName, elsewhere };
}

/** One field's issue in words. The limits are the form inputs' (within lib/menu/schemas.ts's). */
function issueText(t: MenuAdminT, what: "item" | "option" | "group", field: string, code: string | undefined): string {
  switch (field) {
    case "name":
      if (code === "too_big") return t("invalid.tooLong", { max: what === "group" ? 60 : 80 });
      return t(`invalid.${what}Name`);
    case "description":
      return t("invalid.tooLong", { max: 500 });
    case "price":
      return t("invalid.price");
    case "prep_minutes":
      return t("invalid.prepMinutes");
    case "tags":
      return t("invalid.tags");
    case "allergens":
    case "mayContain":
      return t("invalid.allergens");
    case "priceDeltaCents":
      if (code === "too_big") return t("invalid.priceDeltaTooBig");
      if (code === "too_small") return t("invalid.priceDeltaTooSmall");
      return t("optionForm.priceInvalid");
    case "minSelect":
      // The one refinement (code "custom") is the range: at least ≤ at most.
      return code === "custom" ? t("invalid.atLeastAboveAtMost") : t("invalid.choices", { min: 0, max: MAX_CHOICES });
    case "maxSelect":
      return t("invalid.choices", { min: 1, max: MAX_CHOICES });
    default:
      return t("errors.invalid");
  }
}
