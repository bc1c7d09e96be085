"use client";
// The menu editor's option groups ("Size", "Extras"): made once, offered on as many items as
// staff pick, each change live on customers' menus like any item edit.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PickableItem } from "./group-items-picker";
import { OptionGroupCard } from "./option-group-card";
import { OptionGroupForm } from "./option-group-form";
import type { StaffOptionGroupJson } from "./option-group-keys";

interface Props {
  restaurantId: string;
  groups: readonly StaffOptionGroupJson[];
  items: readonly PickableItem[];
}

export function OptionGroupsSection({ restaurantId, groups, items }: Props) {
  const t = useTranslations("menuAdmin");
  const [creating, setCreating] = useState(false);

  return (
    <section className="card menu-admin-groups" aria-labelledby="menu-admin-groups-title">
      <h2 id="menu-admin-groups-title">{t("groups.title")}</h2>
      <p className="muted small">{t("groups.hint")}</p>
      {groups.length === 0 ? (
        <p className="muted">{t("groups.empty")}</p>
      ) : (
        groups.map((group) => <OptionGroupCard key={group.id} restaurantId={restaurantId} group={group} items={items} />)
      )}
      {creating ? (
        <OptionGroupForm restaurantId={restaurantId} onDone={() => setCreating(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t("groups.new")}
        </button>
      )}
    </section>
  );
}
