"use client";
// An address box with suggestions, after the WAI-ARIA combobox pattern (list autocomplete):
// the input keeps focus, Up/Down move through the options (aria-activedescendant), Enter
// picks one, Escape closes the list. Saved addresses come first, then the geocoder's.
import { useTranslations } from "next-intl";
import { useId, useState, type KeyboardEvent } from "react";
import type { LatLng } from "@/lib/geo/geohash";
import type { AddressSuggestion } from "./address-api";
import { useAddressSuggestions } from "./use-address-suggestions";

export interface AddressOption extends AddressSuggestion {
  /** A saved address's name ("Home"), shown before it. */
  savedAs?: string;
  /** A saved address's note for the driver. */
  notes?: string | null;
}

interface Props {
  id: string;
  label: string;
  value: string;
  onValueChange: (text: string) => void;
  onPick: (option: AddressOption) => void;
  /** Typing stopped being edited (focus left): callers may resolve the text themselves. */
  onBlur?: () => void;
  near?: LatLng | null;
  saved?: AddressOption[];
  placeholder?: string;
  required?: boolean;
  describedBy?: string;
}

export function AddressCombobox({ id, label, value, onValueChange, onPick, onBlur, near = null, saved = [], placeholder, required, describedBy }: Props) {
  const t = useTranslations("browse.address");
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Typed since focus or the last pick: until then the box holds a chosen address, so every
  // saved address is offered and nothing is looked up.
  const [edited, setEdited] = useState(false);
  const { suggestions, problem } = useAddressSuggestions(value, near, open && edited);
  const typed = edited ? value.trim().toLowerCase() : "";
  const savedMatches = saved.filter((s) => !typed || `${s.savedAs} ${s.label}`.toLowerCase().includes(typed));
  const options: AddressOption[] = [...savedMatches, ...suggestions.filter((s) => !savedMatches.some((m) => m.label === s.label))];
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  function pick(option: AddressOption) {
    onPick(option);
    setEdited(false);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      if (!options.length) return;
      // Wraps around: Down from the last option goes to the first, Up from the first to the last.
      const last = options.length - 1;
      setActive((i) => (e.key === "ArrowDown" ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (e.key === "Enter" && expanded && active >= 0 && active < options.length) {
      e.preventDefault();
      pick(options[active]!);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="field address-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < options.length ? optionId(active) : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder}
        required={required}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setEdited(true);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setEdited(false);
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t("suggestions")} className="address-options" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              key={`${o.savedAs ?? ""}${o.label}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "address-option address-option-active" : "address-option"}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
            >
              {o.savedAs && <strong>{o.savedAs}: </strong>}
              {o.label}
            </li>
          ))}
      </ul>
      <p className="muted small" role="status" aria-live="polite">
        {problem ? t(problem) : open && suggestions.length ? t("found", { count: options.length }) : ""}
      </p>
    </div>
  );
}
