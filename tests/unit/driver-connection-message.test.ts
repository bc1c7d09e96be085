import { describe, expect, it } from "vitest";
import { connectionMessage, type ConnectionNoticeProps } from "@/components/driver/connection-message";

const fine: ConnectionNoticeProps = { networkOnline: true, socketConnected: true, online: true, gps: "ok", buffered: 0 };

describe("driver app connection notice", () => {
  it("says nothing is wrong when online with a fix", () => {
    expect(connectionMessage(fine)).toBeNull();
    expect(connectionMessage({ ...fine, online: false, gps: "off" })).toBeNull();
  });

  it("puts the most urgent problem first", () => {
    const everythingWrong = { networkOnline: false, socketConnected: false, online: true, gps: "denied", buffered: 4 } as const;
    expect(connectionMessage(everythingWrong)).toMatchObject({ level: "bad", text: expect.stringContaining("You are offline. Your positions are kept (4)") });
    expect(connectionMessage({ ...everythingWrong, networkOnline: true })).toMatchObject({ level: "bad", text: expect.stringContaining("Location is blocked") });
    expect(connectionMessage({ ...fine, socketConnected: false, gps: "unavailable" })).toMatchObject({ level: "warn", text: expect.stringContaining("No GPS fix") });
    expect(connectionMessage({ ...fine, socketConnected: false, buffered: 3 })).toEqual({ level: "warn", text: "Reconnecting to live updates… 3 positions waiting." });
    expect(connectionMessage({ ...fine, gps: "waiting" })).toMatchObject({ level: "warn", text: "Waiting for your first GPS fix…" });
  });

  it("does not nag about GPS while the driver is offline", () => {
    expect(connectionMessage({ ...fine, online: false, gps: "denied" })).toBeNull();
    expect(connectionMessage({ ...fine, online: false, socketConnected: false })).toMatchObject({ text: "Reconnecting to live updates…" });
  });
});
