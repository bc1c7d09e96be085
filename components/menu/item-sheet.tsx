"use client";
// The item sheet: a dish's choices (size, extras, doneness), its quantity and a note for the
// kitchen, priced as the customer changes them. A native modal <dialog>: focus moves in and
// stays, Escape closes it, and the opener gets focus back (the caller's job). Prices and
// messages come from resolveChoices, the rule the server applies when the order is placed.
// The item is the live one: when the menu refreshes (an option 86'd) the sheet follows, and a
// choice that is gone is taken off with a message rather than left to fail at checkout.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { formatCents } from "@/lib/money";
import { resolveChoices, type ChosenOptions, type ResolveResult } from "@/lib/menu/resolve-choices";
import { MAX_LINE_QUANTITY, type NewCartLine } from "@/lib/cart/cart-line";
import { AllergenNote } from "./allergen-note";
import { OptionGroupFieldset } from "./option-group-fieldset";
import { choiceItemOf, defaultSelection, type MenuItem } from "./menu-item";

interface Props {
  item: MenuItem;
  orderable: boolean;
  /** "Add to cart" on the customer menu, "Add to order" on the table tablet. */
  addLabel: string;
  onAdd: (line: NewCartLine, quantity: number) => void;
  onClose: () => void;
}

type Selection = Record<string, string[]>;
type Refusal = Exclude<ResolveResult, { ok: true }>;
type Translate = ReturnType<typeof useTranslations<"menu.sheet">>;

/** Why the choices cannot be added, in the reader's language: the group's rule, or the option that went. */
function refusalText(t: Translate, item: MenuItem, selected: Selection, refusal: Refusal): string {
  if (refusal.code === "option_unavailable") {
    const option = item.optionGroups.flatMap((g) => g.options).find((o) => o.id === refusal.optionId);
    return option ? t("optionGone", { name: option.name }) : t("invalid");
  }
  const group = item.optionGroups.find((g) => g.id === refusal.groupId);
  if (!group) return t("invalid");
  const count = (selected[group.id] ?? []).length;
  if (group.minSelect === group.maxSelect) return t("chooseExactly", { group: group.name, count: group.minSelect });
  if (count < group.minSelect) return t("chooseAtLeast", { group: group.name, count: group.minSelect });
  if (count > group.maxSelect) return t("chooseAtMost", { group: group.name, count: group.maxSelect });
  return t("invalid");
}

/** Selected options the refreshed item no longer offers (86'd, sold out, or removed), by name. */
function goneChoices(before: MenuItem, now: MenuItem, selected: Selection): { ids: Set<string>; names: string[] } {
  const available = new Set(now.optionGroups.flatMap((g) => g.options.filter((o) => o.available).map((o) => o.id)));
  const gone = before.optionGroups.flatMap((g) => g.options.filter((o) => (selected[g.id] ?? []).includes(o.id) && !available.has(o.id)));
  return { ids: new Set(gone.map((o) => o.id)), names: gone.map((o) => o.name) };
}

export function ItemSheet({ item, orderable, addLabel, onAdd, onClose }: Props) {
  const t = useTranslations("menu.sheet");
  const format = useFormatter();
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [selected, setSelected] = useState<Selection>(() => defaultSelection(item));
  const [quantity, setQuantity] = useState(1);
  const [note, setNote] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState("");
  const [seenItem, setSeenItem] = useState(item);
  if (seenItem !== item) {
    // The menu changed while the sheet was open: adjust during render, not in an effect.
    setSeenItem(item);
    const gone = goneChoices(seenItem, item, selected);
    if (gone.ids.size > 0) {
      setSelected(Object.fromEntries(Object.entries(selected).map(([g, ids]) => [g, ids.filter((o) => !gone.ids.has(o))])));
      setNotice(t("choicesGone", { names: format.list(gone.names, { type: "conjunction" }), count: gone.names.length }));
    }
    if (seenItem.available && !item.available) setNotice(t("soldOut", { name: item.name }));
  }

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const chosen: ChosenOptions = item.optionGroups.map((g) => ({ groupId: g.id, optionIds: selected[g.id] ?? [] }));
  const result = resolveChoices(choiceItemOf(item), chosen);
  const chosenIds = new Set(chosen.flatMap((c) => c.optionIds));
  const previewUnitCents = item.priceCents + item.optionGroups.flatMap((g) => g.options).reduce((sum, o) => sum + (chosenIds.has(o.id) ? o.priceDeltaCents : 0), 0);
  const error = attempted && !result.ok ? result : null;
  const errorText = error ? refusalText(t, item, selected, error) : "";
  const groupError = (groupId: string) => (error && "groupId" in error && error.groupId === groupId ? errorText : null);
  const canAdd = orderable && item.available;

  function add() {
    if (!result.ok) {
      setAttempted(true);
      // Take the customer to the group that needs an answer.
      const groupId = "groupId" in result ? result.groupId : undefined;
      const index = item.optionGroups.findIndex((g) => g.id === groupId);
      ref.current?.querySelectorAll<HTMLFieldSetElement>("fieldset.option-group")[index]?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
      return;
    }
    // Closed first: while the modal is open, the page behind it cannot take focus back.
    ref.current?.close();
    onAdd({ itemId: item.id, name: item.name, unitPriceCents: result.unitPriceCents, options: result.options, note, allergens: result.allergens }, quantity);
  }

  return (
    <dialog ref={ref} className="dialog item-sheet" aria-labelledby={`${id}-title`} onClose={onClose} data-testid="item-sheet">
      <div className="item-sheet-head">
        <h2 id={`${id}-title`}>{item.name}</h2>
        <button type="button" className="button button-small button-quiet" aria-label={t("close")} onClick={() => ref.current?.close()}>
          ✕
        </button>
      </div>
      {item.description && <p className="muted">{item.description}</p>}
      <AllergenNote allergens={result.ok ? result.allergens : item.allergens} mayContain={result.ok ? result.mayContain : item.mayContain} />
      <p role="status" className={notice ? "form-error" : "visually-hidden"}>
        {notice}
      </p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        {item.optionGroups.map((g) => (
          <OptionGroupFieldset
            key={g.id}
            group={g}
            selected={selected[g.id] ?? []}
            error={groupError(g.id)}
            onChange={(ids) => {
              setSelected((s) => ({ ...s, [g.id]: ids }));
              setNotice("");
            }}
          />
        ))}
        <div className="field">
          <label htmlFor={`${id}-note`}>{t("noteLabel")}</label>
          <textarea id={`${id}-note`} maxLength={200} rows={2} placeholder={t("notePlaceholder")} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="item-sheet-foot">
          <span className="qty" role="group" aria-label={t("quantity")}>
            <button type="button" className="button button-small button-quiet" aria-label={t("less")} disabled={quantity <= 1} onClick={() => setQuantity((q) => q - 1)}>
              −
            </button>
            <output aria-label={t("quantity")} aria-live="polite">
              {quantity}
            </output>
            <button type="button" className="button button-small button-quiet" aria-label={t("more")} disabled={quantity >= MAX_LINE_QUANTITY} onClick={() => setQuantity((q) => q + 1)}>
              +
            </button>
          </span>
          <button type="submit" className="button" disabled={!canAdd}>
            {addLabel} · <span data-testid="sheet-price">{formatCents(previewUnitCents * quantity, "EUR", locale)}</span>
          </button>
        </div>
        {error && (
          // Announced here; shown beside its group when it names one.
          <p role="alert" className={"groupId" in error && error.groupId ? "visually-hidden" : "form-error"}>
            {errorText}
          </p>
        )}
      </form>
    </dialog>
  );
}
