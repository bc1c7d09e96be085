"use client";
// The availability screen's data: the board from GET /api/v1/restaurants/{id}/availability,
// fetched again after each change made here and whenever the outlet's menu version moves
// (another tablet, the API, a menu edit), as announced on the realtime server.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { requestJson } from "@/lib/api/request-json";
import { useMenuChanges } from "@/lib/realtime/use-menu-changes";
import { OutletStatusPanel } from "./outlet-status-panel";
import { ItemStockRow } from "./item-stock-row";
import { OptionStockRow } from "./option-stock-row";
import { AvailabilityLog } from "./availability-log";
import { boardKey, type BoardJson } from "./board-key";

export function AvailabilityBoardView({ initialBoard, realtimeUrl }: { initialBoard: BoardJson; realtimeUrl: string }) {
  const t = useTranslations("availability");
  const restaurantId = initialBoard.restaurant.id;
  const queryClient = useQueryClient();
  const { data: board } = useQuery({
    queryKey: boardKey(restaurantId),
    queryFn: () => requestJson<BoardJson>(`/api/v1/restaurants/${restaurantId}/availability`),
    initialData: initialBoard,
    staleTime: 0,
  });
  useMenuChanges(realtimeUrl, restaurantId, (menuVersion) => {
    if (menuVersion > board.restaurant.menuVersion) void queryClient.invalidateQueries({ queryKey: boardKey(restaurantId) });
  });

  return (
    <div className="avail-board">
      <OutletStatusPanel restaurant={board.restaurant} />
      {/* Items and options share the wide column; the log stays beside them. */}
      <div className="avail-stock">
        <section className="card" aria-labelledby="avail-items-title">
          <h2 id="avail-items-title">{t("items.title")}</h2>
          <p className="muted small">{t("items.hint")}</p>
          <ul className="avail-items">
            {board.items.map((item) => (
              <ItemStockRow key={item.id} restaurantId={restaurantId} item={item} />
            ))}
          </ul>
        </section>
        {board.optionGroups.length > 0 && (
          <section className="card" aria-labelledby="avail-options-title">
            <h2 id="avail-options-title">{t("options.title")}</h2>
            <p className="muted small">{t("options.hint")}</p>
            {board.optionGroups.map((group) => (
              <section key={group.id} className="avail-option-group" aria-labelledby={`avail-group-${group.id}`}>
                <h3 id={`avail-group-${group.id}`}>{group.name}</h3>
                <ul className="avail-items">
                  {group.options.map((option) => (
                    <OptionStockRow key={option.id} restaurantId={restaurantId} groupName={group.name} option={option} />
                  ))}
                </ul>
              </section>
            ))}
          </section>
        )}
      </div>
      <AvailabilityLog reports={board.reports} timeZone={board.restaurant.timeZone} />
    </div>
  );
}
