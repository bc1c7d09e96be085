import { describe, expect, it } from "vitest";
import { canTransition, nextStatuses, TERMINAL_STATUSES } from "@/lib/orders/status-machine";
import { OrderChannel } from "@/lib/generated/prisma/enums";

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
    for (const channel of ["WEB", "API"] as const) {
      for (const [from, to, actor] of path) expect(canTransition(from, to, actor, channel), `${channel} ${from}→${to}`).toBe(true);
    }
  });

  it("walks the happy path of a table order: no online payment, served by staff", () => {
    const path = [
      ["PLACED", "ACCEPTED"],
      ["ACCEPTED", "PREPARING"],
      ["PREPARING", "READY"],
      ["READY", "DELIVERED"],
    ] as const;
    for (const [from, to] of path) expect(canTransition(from, to, "RESTAURANT_STAFF", "TABLE"), `${from}→${to}`).toBe(true);
    expect(canTransition("PLACED", "REJECTED", "RESTAURANT_STAFF", "TABLE")).toBe(true);
    expect(canTransition("PLACED", "PAID", "SYSTEM", "TABLE")).toBe(false);
    expect(canTransition("READY", "PICKED_UP", "DRIVER", "TABLE")).toBe(false);
  });

  it("lets the kitchen take a web order only once it is paid, and hands it to a driver", () => {
    expect(canTransition("PLACED", "ACCEPTED", "RESTAURANT_STAFF", "WEB")).toBe(false);
    expect(canTransition("PLACED", "REJECTED", "RESTAURANT_STAFF", "WEB")).toBe(false);
    expect(canTransition("PAID", "REJECTED", "RESTAURANT_STAFF", "WEB")).toBe(true);
    expect(canTransition("READY", "DELIVERED", "RESTAURANT_STAFF", "WEB")).toBe(false);
  });

  it("refuses skipped steps, going backwards, and leaving a terminal state", () => {
    expect(canTransition("PAID", "PREPARING", "RESTAURANT_STAFF", "WEB")).toBe(false);
    expect(canTransition("READY", "PREPARING", "RESTAURANT_STAFF", "WEB")).toBe(false);
    expect(canTransition("PAID", "DELIVERED", "DRIVER", "WEB")).toBe(false);
    expect(canTransition("ACCEPTED", "ACCEPTED", "RESTAURANT_STAFF", "TABLE")).toBe(false);
    for (const channel of Object.values(OrderChannel)) {
      for (const terminal of TERMINAL_STATUSES) expect(nextStatuses(terminal, channel), `${channel} ${terminal}`).toEqual([]);
    }
  });

  it("lets each role make only its own moves", () => {
    expect(canTransition("PAID", "ACCEPTED", "CUSTOMER", "WEB")).toBe(false);
    expect(canTransition("PAID", "ACCEPTED", "DRIVER", "WEB")).toBe(false);
    expect(canTransition("PLACED", "ACCEPTED", "CUSTOMER", "TABLE")).toBe(false);
    expect(canTransition("PLACED", "PAID", "CUSTOMER", "WEB")).toBe(false);
    expect(canTransition("READY", "PICKED_UP", "RESTAURANT_STAFF", "WEB")).toBe(false);
    expect(canTransition("PAID", "CANCELLED", "CUSTOMER", "WEB")).toBe(true);
    expect(canTransition("PREPARING", "CANCELLED", "CUSTOMER", "WEB")).toBe(false);
    expect(canTransition("PAID", "ACCEPTED", "CHAIN_ADMIN", "WEB")).toBe(false);
  });

  it("lets a platform admin cancel, and act for a kitchen, but not for a driver", () => {
    expect(canTransition("ACCEPTED", "CANCELLED", "PLATFORM_ADMIN", "WEB")).toBe(true);
    expect(canTransition("PAID", "ACCEPTED", "PLATFORM_ADMIN", "WEB")).toBe(true);
    expect(canTransition("READY", "DELIVERED", "PLATFORM_ADMIN", "TABLE")).toBe(true);
    expect(canTransition("READY", "PICKED_UP", "PLATFORM_ADMIN", "WEB")).toBe(false);
    expect(canTransition("PLACED", "PAID", "PLATFORM_ADMIN", "WEB")).toBe(false);
  });
});
