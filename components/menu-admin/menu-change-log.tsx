"use client";
// The latest menu edits: who changed what, when.
import { useQuery } from "@tanstack/react-query";
import { requestJson } from "@/lib/api/request-json";
import { menuApi, menuChangesKey, type MenuChangeJson } from "./menu-editor-keys";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import { describeMenuChange } from "./describe-menu-change";

const ACTIONS: Record<string, string> = {
  "category.created": "Added a category",
  "category.renamed": "Renamed a category",
  "category.archived": "Archived a category",
  "categories.reordered": "Reordered the categories",
  "item.created": "Added an item",
  "item.updated": "Edited an item",
  "item.archived": "Archived an item",
  "item.photo_set": "Changed an item's photo",
  "items.reordered": "Reordered items",
  "item.option_groups_set": "Changed an item's option groups",
  "option_group.created": "Added an option group",
  "option_group.updated": "Edited an option group",
  "option_group.archived": "Archived an option group",
  "option.created": "Added an option",
  "option.updated": "Edited an option",
  "option.archived": "Archived an option",
};

export function MenuChangeLog({ restaurantId, timeZone }: { restaurantId: string; timeZone: string }) {
  const { data } = useQuery({
    queryKey: menuChangesKey(restaurantId),
    queryFn: () => requestJson<{ changes: MenuChangeJson[] }>(`${menuApi(restaurantId)}/changes`),
  });
  return (
    <section className="card" aria-labelledby="menu-admin-log-title">
      <h2 id="menu-admin-log-title">Recent menu changes</h2>
      {!data ? (
        <p className="muted">Loading…</p>
      ) : data.changes.length === 0 ? (
        <p className="muted">No changes yet.</p>
      ) : (
        <ol className="avail-log">
          {data.changes.map((c) => (
            <li key={c.id}>
              <time dateTime={c.createdAt}>
                {formatOutletTime(c.createdAt, timeZone, true)}
              </time>
              <span>
                <strong>{ACTIONS[c.action] ?? c.action}</strong> {describeMenuChange(c.changes)} · {c.actorName ?? "someone no longer here"} · v{c.menuVersion}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
