import { describe, expect, it } from "vitest";
import { connectionMessage, type ConnectionNoticeProps } from "@/components/driver/connection-message";
import { translatorFor } from "@/lib/i18n/create-translator";
import type { Locale } from "@/lib/i18n/locales";

const fine: ConnectionNoticeProps = { networkOnline: true, socketConnected: true, online: true, gps: "ok", buffered: 0 };

/** The notice as the driver reads it, in `locale`. */
function notice(props: ConnectionNoticeProps, locale: Locale = "en") {
  const message = connectionMessage(props);
  if (!message) return null;
  return { level: message.level, text: translatorFor(locale, "driver")(`connection.${message.key}`, message.values) };
}

describe("driver app connection notice", () => {
  it("says nothing is wrong when online with a fix", () => {
    expect(connectionMessage(fine)).toBeNull();
    expect(connectionMessage({ ...fine, online: false, gps: "off" })).toBeNull();
  });

  it("puts the most urgent problem first", () => {
    const everythingWrong = { networkOnline: false, socketConnected: false, online: true, gps: "denied", buffered: 4 } as const;
    expect(notice(everythingWrong)).toMatchObject({ level: "bad", text: expect.stringContaining("You are offline. Your positions are kept (4)") });
    expect(notice({ ...everythingWrong, networkOnline: true })).toMatchObject({ level: "bad", text: expect.stringContaining("Location is blocked") });
    expect(notice({ ...fine, socketConnected: false, gps: "unavailable" })).toMatchObject({ level: "warn", text: expect.stringContaining("No GPS fix") });
    expect(notice({ ...fine, socketConnected: false, buffered: 3 })).toEqual({ level: "warn", text: "Reconnecting to live updates… 3 positions waiting." });
    expect(notice({ ...fine, gps: "waiting" })).toMatchObject({ level: "warn", text: "Waiting for your first GPS fix…" });
  });

  it("counts waiting positions with the right plural, in English and Dutch", () => {
    const reconnecting = { ...fine, socketConnected: false };
    expect(notice({ ...reconnecting, buffered: 1 })?.text).toBe("Reconnecting to live updates… 1 position waiting.");
    expect(notice({ ...reconnecting, buffered: 1 }, "nl")?.text).toBe("Opnieuw verbinden met live updates… 1 positie wacht.");
    expect(notice({ ...reconnecting, buffered: 3 }, "nl")?.text).toBe("Opnieuw verbinden met live updates… 3 posities wachten.");
  });

  it("does not nag about GPS while the driver is offline", () => {
    expect(connectionMessage({ ...fine, online: false, gps: "denied" })).toBeNull();
    expect(notice({ ...fine, online: false, socketConnected: false })).toMatchObject({ text: "Reconnecting to live updates…" });
  });
});
