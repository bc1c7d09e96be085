"use client";
import { useQuery } from "@tanstack/react-query";
import { requestJson } from "@/lib/api/request-json";
import { optionGroupsApi, optionGroupsKey, type StaffOptionGroupJson } from "./option-group-keys";

/** The outlet's live option groups, read again after every menu edit (useMenuMutation). */
export function useOptionGroups(restaurantId: string) {
  return useQuery({
    queryKey: optionGroupsKey(restaurantId),
    queryFn: () => requestJson<{ groups: StaffOptionGroupJson[] }>(optionGroupsApi(restaurantId)),
    select: (data) => data.groups,
    staleTime: 0,
  });
}
