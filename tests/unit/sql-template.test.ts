import { describe, expect, it } from "vitest";
import { sql } from "@/lib/db/sql";

describe("sql", () => {
  it("turns every interpolated value into a numbered parameter, never text", () => {
    const name = "x'; DROP TABLE orders; --";
    expect(sql`SELECT * FROM t WHERE a = ${1} AND b = ${name} AND c = ANY(${["u", "v"]}::uuid[])`).toEqual({
      text: "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = ANY($3::uuid[])",
      values: [1, name, ["u", "v"]],
    });
  });

  it("leaves a statement without values as it is", () => {
    expect(sql`SELECT 1`).toEqual({ text: "SELECT 1", values: [] });
  });
});
