import { describe, expect, it } from "vitest";
import { alertChannelsFor, inQuietHours, type AlertPreferences } from "@/lib/monitoring/alert-preferences";
import { retryDelayMs } from "@/lib/monitoring/deliver-notifications";

const prefs = (over: Partial<AlertPreferences> = {}): AlertPreferences => ({
  restaurantIds: [],
  channelCodes: [],
  minSeverity: "LOW",
  email: true,
  inApp: true,
  quietStartMinute: null,
  quietEndMinute: null,
  timeZone: "Europe/Amsterdam",
  ...over,
});
const target = { restaurantId: "r1", channelCode: "ubereats-sim", severity: "HIGH" as const };
const at = (iso: string) => new Date(iso);

describe("alert preferences", () => {
  it("without a subscription: everything, in-app and email", () => {
    expect(alertChannelsFor(null, target, new Date())).toEqual({ inApp: true, email: true });
  });

  it("filters by outlet, channel (outlet-wide incidents match any) and minimum severity", () => {
    expect(alertChannelsFor(prefs({ restaurantIds: ["r2"] }), target, new Date())).toEqual({ inApp: false, email: false });
    expect(alertChannelsFor(prefs({ channelCodes: ["deliveroo-sim"] }), target, new Date()).inApp).toBe(false);
    expect(alertChannelsFor(prefs({ channelCodes: ["deliveroo-sim"] }), { ...target, channelCode: null }, new Date()).inApp).toBe(true);
    expect(alertChannelsFor(prefs({ minSeverity: "CRITICAL" }), target, new Date()).inApp).toBe(false);
    expect(alertChannelsFor(prefs({ minSeverity: "HIGH" }), target, new Date()).inApp).toBe(true);
  });

  it("quiet hours in the admin's zone, also across midnight, mute email only", () => {
    const night = prefs({ quietStartMinute: 22 * 60, quietEndMinute: 7 * 60 });
    // 23:30 and 06:59 in Amsterdam (UTC+1 in November) are quiet; 07:00 and 21:59 are not.
    expect(inQuietHours(night, at("2026-11-23T22:30:00Z"))).toBe(true);
    expect(inQuietHours(night, at("2026-11-24T05:59:00Z"))).toBe(true);
    expect(inQuietHours(night, at("2026-11-24T06:00:00Z"))).toBe(false);
    expect(inQuietHours(night, at("2026-11-23T20:59:00Z"))).toBe(false);
    expect(alertChannelsFor(night, target, at("2026-11-23T22:30:00Z"))).toEqual({ inApp: true, email: false });
  });

  it("retries webhooks and emails with exponential backoff, capped", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(20)).toBe(600_000);
  });
});
