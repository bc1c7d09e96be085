"use client";
// One option of a group: its price change, default and allergens at a glance; move, edit, archive.
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { ALLERGENS, type Allergen } from "@/lib/menu/allergens";
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

const allergenNames = (codes: string[]) => codes.map((c) => ALLERGENS[c as Allergen] ?? c).join(", ");

export function OptionRow({ restaurantId, groupId, groupName, option, neighbours, index }: Props) {
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
        <strong>{option.name}</strong> · {formatDelta(option.priceDeltaCents)}
        {option.isDefault && <span className="badge menu-admin-default">default</span>}
        {!option.inStock && <span className="badge badge-paused">86&rsquo;d</span>}
        <p className="muted small">
          {option.allergens.length > 0 ? `Contains: ${allergenNames(option.allergens)}` : "No allergens declared"}
          {option.mayContain.length > 0 && ` · May contain: ${allergenNames(option.mayContain)}`}
        </p>
      </div>
      <div className="menu-admin-actions">
        <button type="button" className="button button-quiet button-small" aria-label={`Move ${option.name} up`} disabled={!neighbours.up || move.isPending} onClick={() => neighbours.up && move.mutate(neighbours.up)}>
          ↑
        </button>
        <button type="button" className="button button-quiet button-small" aria-label={`Move ${option.name} down`} disabled={!neighbours.down || move.isPending} onClick={() => neighbours.down && move.mutate(neighbours.down)}>
          ↓
        </button>
        <button type="button" className="button button-quiet button-small" aria-label={`Edit ${option.name}`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <ArchiveButton label={`Archive ${option.name}`} confirmText={`Take ${option.name} out of ${groupName} for good?`} pending={archive.isPending} onArchive={() => archive.mutate(undefined)} />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </li>
  );
}
