import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "@/lib/logger";

afterEach(() => vi.restoreAllMocks());

function captureStdout() {
  const lines: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => lines.push(String(chunk)) > 0);
  return lines;
}

describe("logger", () => {
  it("never writes coordinates or secrets, however deep they sit", () => {
    const lines = captureStdout();
    createLogger("test").warn("something happened", {
      driverId: "d-1",
      lat: 52.3791,
      point: { lng: 4.9003, latitude: 52.3791, longitude: 4.9003, accuracy: 12 },
      body: { cardNumber: "4242424242424242", password: "hunter2-secret" },
    });
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toMatch(/52\.3791|4\.9003|4242424242424242|hunter2-secret/);
    expect(JSON.parse(line)).toMatchObject({
      driverId: "d-1",
      lat: "[redacted]",
      point: { lng: "[redacted]", latitude: "[redacted]", longitude: "[redacted]", accuracy: 12 },
      body: { cardNumber: "[redacted]", password: "[redacted]" },
    });
  });

  it("still writes errors and big integers", () => {
    const lines = captureStdout();
    createLogger("test").warn("failed", { error: new Error("boom"), rows: 12n });
    expect(JSON.parse(lines[0]!)).toMatchObject({ error: { name: "Error", message: "boom" }, rows: "12" });
  });
});
