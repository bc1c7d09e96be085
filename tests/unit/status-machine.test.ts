import { describe, expect, it } from "vitest";
import { canTransition, nextStatuses, TERMINAL_STATUSES } from "@/lib/orders/status-machine";

describe("order status machine", () => {
  it("walks the happy path of a delivery", () => {
    const path = [
      ["PLACED", "PAID", "SYSTEM"],
      ["PAID", "ACCEPTED", "RESTAURANT_STAFF"],
      ["ACCEPTED", "PREPARING", "RESTAURANT_STAFF"],
      ["PREPARING", "READY", "RESTAURANT_STAFF"],
      ["READY", "PICKED_UP", "DRIVER"],
      ["PICKED_UP", "DELIVERED", "DRIVER"],
    ] as const;
    for (const [from, to, actor] of path) expect(canTransition(from, to, actor), `${from}→${to}`).toBe(true);
  });

  it("refuses skipped steps, going backwards, and leaving a terminal state", () => {
    expect(canTransition("PLACED", "ACCEPTED", "RESTAURANT_STAFF")).toBe(false);
    expect(canTransition("READY", "PREPARING", "RESTAURANT_STAFF")).toBe(false);
    expect(canTransition("PAID", "DELIVERED", "DRIVER")).toBe(false);
    for (const terminal of TERMINAL_STATUSES) expect(nextStatuses(terminal)).toEqual([]);
  });

  it("lets each role make only its own moves", () => {
    expect(canTransition("PAID", "ACCEPTED", "CUSTOMER")).toBe(false);
    expect(canTransition("PAID", "ACCEPTED", "DRIVER")).toBe(false);
    expect(canTransition("PLACED", "PAID", "CUSTOMER")).toBe(false);
    expect(canTransition("READY", "PICKED_UP", "RESTAURANT_STAFF")).toBe(false);
    expect(canTransition("PAID", "CANCELLED", "CUSTOMER")).toBe(true);
    expect(canTransition("PREPARING", "CANCELLED", "CUSTOMER")).toBe(false);
    expect(canTransition("ACCEPTED", "CANCELLED", "PLATFORM_ADMIN")).toBe(true);
  });
});
