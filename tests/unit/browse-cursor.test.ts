import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/catalog/browse-cursor";

const key = z.tuple([z.number(), z.uuid()]);
const id = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f";

describe("browse cursors", () => {
  it("round-trip the sort key exactly, floats included", () => {
    const cursor = encodeCursor("distance", [1234.567890123456, id]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "distance", key)).toEqual([1234.567890123456, id]);
  });

  it("refuse garbage, another sort's cursor and the wrong key shape as invalid input (400)", () => {
    const attempts = [
      () => decodeCursor("not-a-uuid", "distance", key),
      () => decodeCursor(encodeCursor("rating", [4.5, id]), "distance", key),
      () => decodeCursor(encodeCursor("distance", ["far", id]), "distance", key),
      () => decodeCursor(Buffer.from("[1,2]").toString("base64url"), "distance", key),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(expect.objectContaining({ name: "ZodError", issues: [expect.objectContaining({ path: ["cursor"] })] }));
    }
  });
});
