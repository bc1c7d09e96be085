import { describe, expect, it } from "vitest";
import { groupLineOptions } from "@/components/kitchen/group-line-options";

describe("groupLineOptions", () => {
  it("puts a line's options under their group, groups and options in the order chosen", () => {
    const grouped = groupLineOptions([
      { groupName: "Size", name: "Large 35 cm" },
      { groupName: "Extras", name: "Mozzarella" },
      { groupName: "Extras", name: "Olives" },
    ]);
    expect(grouped).toEqual([
      { groupName: "Size", names: ["Large 35 cm"] },
      { groupName: "Extras", names: ["Mozzarella", "Olives"] },
    ]);
  });

  it("gives nothing for a line without options", () => {
    expect(groupLineOptions([])).toEqual([]);
  });
});
