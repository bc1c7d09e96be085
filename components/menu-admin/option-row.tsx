"use client";
// One option of a group: its price change, default and allergens at a glance; move, edit, archive.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { ALLERGENS, type Allergen } from "@/lib/menu/allergens";
import type { MenuAdminT } from "./menu-editor-keys";
import { OptionForm } from "./option-form";
import { optionGroupsApi, type StaffOptionJson } from "./option-group-keys";
import { formatDelta } from "./option-rules";
import { useMenuMutation } from "./use-menu-mutation";
import { ArchiveButton } from "./archive-button";

interface Props {
  restaurantId: string;
  groupId: string;
  groupName: string;
  option: StaffOptionJson;
  /** The neighbour it swaps places with, by direction; absent at the ends. */
  neighbours: { up?: StaffOptionJson; down?: StaffOptionJson };
  index: number;
}

const allergenNames = (t: MenuAdminT, codes: string[]) => codes.map((c) => (Object.hasOwn(ALLERGENS, c) ? t(`allergens.${c as Allergen}`) : c)).join(", ");

export function OptionRow({ restaurantId, groupId, groupName, option, neighbours, index }: Props) {
  const t = useTranslations("menuAdmin");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const url = (optionId: string) => `${optionGroupsApi(restaurantId)}/${groupId}/options/${optionId}`;
  const archive = useMenuMutation(restaurantId, () => requestJson(url(option.id), { method: "DELETE" }));
  // The two swap positions; two that share one (a list never reordered) take their list places.
  const move = useMenuMutation(restaurantId, async (neighbour: StaffOptionJson) => {
    const shared = neighbour.position === option.position;
    const mine = shared ? index + (neighbour === neighbours.up ? -1 : 1) : neighbour.position;
    await requestJson(url(option.id), { method: "PATCH", body: { position: mine } });
    await requestJson(url(neighbour.id), { method: "PATCH", body: { position: shared ? index : option.position } });
  });
  const error = archive.errorMessage ?? move.errorMessage;

  if (editing) {
    return (
      <li className="menu-admin-item">
        <OptionForm restaurantId={restaurantId} groupId={groupId} groupName={groupName} option={option} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="menu-admin-item" data-testid="menu-admin-option">
      <div>
        <strong>{option.name}</strong> · {formatDelta(t, option.priceDeltaCents, locale)}
        {option.isDefault && <span className="badge menu-admin-default">{t("option.default")}</span>}
        {!option.inStock && <span className="badge badge-paused">{t("option.out")}</span>}
        <p className="muted small">
          {option.allergens.length > 0 ? t("option.contains", { allergens: allergenNames(t, option.allergens) }) : t("option.noAllergens")}
          {option.mayContain.length > 0 && ` · ${t("option.mayContain", { allergens: allergenNames(t, option.mayContain) })}`}
        </p>
      </div>
      <div className="menu-admin-actions">
        <button type="button" className="button button-quiet button-small" aria-label={t("actions.moveUp", { name: option.name })} disabled={!neighbours.up || move.isPending} onClick={() => neighbours.up && move.mutate(neighbours.up)}>
          ↑
        </button>
        <button type="button" className="button button-quiet button-small" aria-label={t("actions.moveDown", { name: option.name })} disabled={!neighbours.down || move.isPending} onClick={() => neighbours.down && move.mutate(neighbours.down)}>
          ↓
        </button>
        <button type="button" className="button button-quiet button-small" aria-label={t("option.edit", { name: option.name })} onClick={() => setEditing(true)}>
          {t("actions.edit")}
        </button>
        <ArchiveButton label={t("option.archive", { name: option.name })} confirmText={t("option.archiveConfirm", { name: option.name, group: groupName })} pending={archive.isPending} onArchive={() => archive.mutate(undefined)} />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </li>
  );
}
