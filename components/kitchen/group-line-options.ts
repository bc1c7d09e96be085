// A line's chosen options as the kitchen reads them: one row per group, in the order the
// customer met them ("Size: Large 35 cm", "Extras: Mozzarella, Olives").
export interface LineOption {
  groupName: string;
  name: string;
}

export function groupLineOptions(options: readonly LineOption[]): { groupName: string; names: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const option of options) {
    const names = groups.get(option.groupName) ?? [];
    names.push(option.name);
    groups.set(option.groupName, names);
  }
  return [...groups].map(([groupName, names]) => ({ groupName, names }));
}
