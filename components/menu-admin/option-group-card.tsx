"use client";
// One option group: its rule in customers' words, its options in order, the items it is
// offered on; edited here once for every item it is attached to.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { GroupItemsPicker, type PickableItem } from "./group-items-picker";
import { OptionForm } from "./option-form";
import { OptionGroupForm } from "./option-group-form";
import { optionGroupsApi, type StaffOptionGroupJson } from "./option-group-keys";
import { OptionRow } from "./option-row";
import { describeRule } from "./option-rules";
import { useMenuMutation } from "./use-menu-mutation";
import { ArchiveButton } from "./archive-button";

interface Props {
  restaurantId: string;
  group: StaffOptionGroupJson;
  items: readonly PickableItem[];
}

type Editing = "group" | "items" | "new-option" | null;

export function OptionGroupCard({ restaurantId, group, items }: Props) {
  const t = useTranslations("menuAdmin");
  const [editing, setEditing] = useState<Editing>(null);
  const archive = useMenuMutation(restaurantId, () => requestJson(`${optionGroupsApi(restaurantId)}/${group.id}`, { method: "DELETE" }));
  const offeredOn = items.filter((i) => group.itemIds.includes(i.id)).map((i) => i.name);
  const titleId = `option-group-${group.id}`;
  const done = () => setEditing(null);

  return (
    <section className="menu-admin-group" aria-labelledby={titleId} data-testid="menu-admin-option-group">
      <header className="menu-admin-category-head">
        <h3 id={titleId}>
          {group.name} <span className="muted small">· {describeRule(t, group.minSelect, group.maxSelect)}</span>
        </h3>
        <div className="menu-admin-actions">
          <button type="button" className="button button-quiet button-small" aria-label={t("group.edit", { name: group.name })} onClick={() => setEditing("group")}>
            {t("actions.edit")}
          </button>
          <ArchiveButton
            label={t("group.archive", { name: group.name })}
            confirmText={offeredOn.length ? t("group.archiveConfirmOffered", { name: group.name, count: offeredOn.length }) : t("group.archiveConfirm", { name: group.name })}
            pending={archive.isPending}
            onArchive={() => archive.mutate(undefined)}
          />
        </div>
      </header>
      {archive.errorMessage && (
        <p role="alert" className="form-error">
          {archive.errorMessage}
        </p>
      )}
      {editing === "group" && <OptionGroupForm restaurantId={restaurantId} group={group} onDone={done} />}

      {group.options.length === 0 ? (
        <p className="muted small">{t("group.noOptions")}</p>
      ) : (
        <ul className="menu-admin-items" aria-label={t("group.optionsOf", { name: group.name })}>
          {group.options.map((option, index) => (
            <OptionRow
              key={option.id}
              restaurantId={restaurantId}
              groupId={group.id}
              groupName={group.name}
              option={option}
              index={index}
              neighbours={{ up: group.options[index - 1], down: group.options[index + 1] }}
            />
          ))}
        </ul>
      )}
      {editing === "new-option" ? (
        <OptionForm restaurantId={restaurantId} groupId={group.id} groupName={group.name} onDone={done} />
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setEditing("new-option")}>
          {t("group.addOption", { name: group.name })}
        </button>
      )}

      <p className="small">
        <strong>{t("group.offeredOn")}</strong> {offeredOn.length ? offeredOn.join(", ") : <span className="muted">{t("group.offeredOnNone")}</span>}
      </p>
      {editing === "items" ? (
        <GroupItemsPicker restaurantId={restaurantId} group={group} items={items} onDone={done} />
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setEditing("items")}>
          {t("group.chooseItems", { name: group.name })}
        </button>
      )}
    </section>
  );
}
