// Availability reports, checked against numbers worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { openStretchesBetween, type OpeningHours } from "@/lib/catalog/opening-hours";
import { bucketsBetween } from "@/lib/monitoring/reports/report-buckets";
import { listingTallies, uptimeOf, type StateBand } from "@/lib/monitoring/reports/compute-uptime";
import { overlapMs } from "@/lib/monitoring/reports/intervals";
import { incidentResponseTimes } from "@/lib/monitoring/reports/incident-response-times";
import { estimateLostSales } from "@/lib/monitoring/reports/estimate-lost-sales";
import { buildChainReport } from "@/lib/monitoring/reports/build-chain-report";
import { buildOutletTimeline } from "@/lib/monitoring/reports/build-outlet-timeline";
import { csvField, toCsv } from "@/lib/monitoring/reports/report-csv";

const everyDay = (opens: number, closes: number) => Array.from({ length: 7 }, (_, dayOfWeek) => ({ dayOfWeek, opensMinute: opens, closesMinute: closes }));
const ams = (periods: OpeningHours["periods"], exceptions: OpeningHours["exceptions"] = []): OpeningHours => ({ timeZone: "Europe/Amsterdam", periods, exceptions });
// 2026-11-23 is a Monday; Amsterdam is UTC+1 in November.
const at = (local: string) => new Date(`${local}+01:00`);
const ms = (local: string) => at(local).getTime();
const MIN = 60_000;

describe("expected-open stretches", () => {
  it("lists each day's period in UTC, clipped to the window", () => {
    const stretches = openStretchesBetween(ams(everyDay(660, 1320)), at("2026-11-23T12:00:00"), at("2026-11-25T00:00:00"));
    expect(stretches).toEqual([
      { start: at("2026-11-23T12:00:00"), end: at("2026-11-23T22:00:00") },
      { start: at("2026-11-24T11:00:00"), end: at("2026-11-24T22:00:00") },
    ]);
  });

  it("merges 24/7 into one stretch and keeps a past-midnight period from the day before", () => {
    expect(openStretchesBetween(ams(everyDay(0, 1440)), at("2026-11-23T00:00:00"), at("2026-11-26T00:00:00"))).toEqual([
      { start: at("2026-11-23T00:00:00"), end: at("2026-11-26T00:00:00") },
    ]);
    // Sunday 18:00 – Monday 02:00: Monday's window starts inside it.
    const late = ams([{ dayOfWeek: 0, opensMinute: 1080, closesMinute: 1560 }]);
    expect(openStretchesBetween(late, at("2026-11-23T00:00:00"), at("2026-11-24T00:00:00"))).toEqual([
      { start: at("2026-11-23T00:00:00"), end: at("2026-11-23T02:00:00") },
    ]);
  });

  it("applies dated exceptions and counts a DST day as 23 hours", () => {
    const hours = ams(everyDay(660, 1320), [{ date: "2026-11-24", closed: true, opensMinute: null, closesMinute: null }]);
    expect(openStretchesBetween(hours, at("2026-11-24T00:00:00"), at("2026-11-25T00:00:00"))).toEqual([]);
    // 2026-03-29: clocks go from 02:00 to 03:00 in Amsterdam; open all day = 23 h.
    const [day] = openStretchesBetween(ams(everyDay(0, 1440)), new Date("2026-03-28T23:00:00Z"), new Date("2026-03-29T22:00:00Z"));
    expect(day!.end.getTime() - day!.start.getTime()).toBe(23 * 60 * MIN);
  });
});

describe("report periods", () => {
  it("cuts ISO weeks (Monday first) in the report's time zone, clipped to the window", () => {
    const weeks = bucketsBetween(at("2026-11-25T00:00:00"), at("2026-12-09T00:00:00"), "week", "Europe/Amsterdam");
    expect(weeks.map((w) => w.label)).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"]);
    expect(weeks[0]).toMatchObject({ start: ms("2026-11-25T00:00:00"), end: ms("2026-11-30T00:00:00") });
    expect(weeks[2]).toMatchObject({ start: ms("2026-12-07T00:00:00"), end: ms("2026-12-09T00:00:00") });
    const days = bucketsBetween(at("2026-11-23T00:00:00"), at("2026-11-25T00:00:00"), "day", "Europe/Amsterdam");
    expect(days.map((d) => [d.label, (d.end - d.start) / MIN])).toEqual([["2026-11-23", 1440], ["2026-11-24", 1440]]);
  });
});

describe("listing uptime", () => {
  const open = [{ start: ms("2026-11-23T11:00:00"), end: ms("2026-11-23T22:00:00") }];
  const day = bucketsBetween(at("2026-11-23T00:00:00"), at("2026-11-24T00:00:00"), "day", "Europe/Amsterdam");

  it("counts online time during expected-open time up to now", () => {
    const bands: StateBand[] = [
      { state: "ONLINE", start: ms("2026-11-23T10:00:00"), end: ms("2026-11-23T12:00:00") },
      { state: "OFFLINE", start: ms("2026-11-23T12:00:00"), end: ms("2026-11-23T12:30:00") },
      { state: "ONLINE", start: ms("2026-11-23T12:30:00"), end: null },
    ];
    // Expected 11:00–20:00 (now) = 540 min; online 11:00–12:00 + 12:30–20:00 = 60 + 450 = 510.
    const [t] = listingTallies(open, bands, day, ms("2026-11-23T20:00:00"));
    expect(t).toEqual({ expectedMs: 540 * MIN, onlineMs: 510 * MIN });
    expect(uptimeOf(t!)).toBeCloseTo(510 / 540);
  });

  it("does not count time before monitoring started, and counts unknown and paused as down", () => {
    const bands: StateBand[] = [
      { state: "UNKNOWN", start: ms("2026-11-23T13:00:00"), end: ms("2026-11-23T14:00:00") },
      { state: "PAUSED", start: ms("2026-11-23T14:00:00"), end: ms("2026-11-23T15:00:00") },
      { state: "ONLINE", start: ms("2026-11-23T15:00:00"), end: ms("2026-11-23T23:00:00") },
    ];
    // Expected 13:00–22:00 = 540 min; online 15:00–22:00 = 420.
    expect(listingTallies(open, bands, day, ms("2026-11-25T00:00:00"))).toEqual([{ expectedMs: 540 * MIN, onlineMs: 420 * MIN }]);
    expect(listingTallies(open, [], day, ms("2026-11-25T00:00:00"))).toEqual([{ expectedMs: 0, onlineMs: 0 }]);
  });

  it("overlaps sorted interval lists", () => {
    const a = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const b = [{ start: 5, end: 25 }, { start: 28, end: 40 }];
    expect(overlapMs(a, b)).toBe(5 + 5 + 2);
  });
});

describe("incident response times", () => {
  it("averages start→ack over acknowledged and start→resolve over resolved incidents", () => {
    const t0 = at("2026-11-23T12:00:00");
    const plus = (s: number) => new Date(t0.getTime() + s * 1000);
    const times = incidentResponseTimes([
      { startedAt: t0, acknowledgedAt: plus(60), resolvedAt: plus(600) },
      { startedAt: t0, acknowledgedAt: plus(180), resolvedAt: null },
      { startedAt: t0, acknowledgedAt: null, resolvedAt: null },
    ]);
    expect(times).toEqual({ incidents: 3, acknowledged: 2, resolved: 1, mttaSeconds: 120, mttrSeconds: 600 });
    expect(incidentResponseTimes([])).toMatchObject({ mttaSeconds: null, mttrSeconds: null });
  });
});

describe("lost sales", () => {
  it("multiplies down minutes by orders per open minute and the average basket", () => {
    // 924 orders in 18,480 open minutes = 0.05/min (3/h); basket €25.00; 60 min down → 3 orders → €75.00.
    expect(estimateLostSales(60, { orders: 924, basketCents: 924 * 2500, openMinutes: 18_480 })).toEqual({
      downMinutes: 60,
      ordersPerOpenHour: 3,
      averageBasketCents: 2500,
      lostSalesCents: 7500,
    });
    expect(estimateLostSales(60, { orders: 0, basketCents: 0, openMinutes: 18_480 }).lostSalesCents).toBe(0);
  });
});

describe("chain report", () => {
  const since = ms("2026-11-20T00:00:00");
  const report = buildChainReport({
    from: at("2026-11-23T00:00:00"),
    to: at("2026-11-24T00:00:00"),
    now: at("2026-11-25T09:00:00"),
    granularity: "day",
    timeZone: "Europe/Amsterdam",
    incidents: [],
    outlets: [
      {
        restaurantId: "a",
        name: "Alpha",
        hours: ams(everyDay(660, 1320)),
        // 28 days before the report's end (Oct 27 – Nov 24, no DST change): 28 × 660 = 18,480 open minutes.
        sales: { orders: 924, basketCents: 924 * 2500 },
        listings: [
          {
            listingId: "a1",
            channelCode: "swifteats",
            channelName: "Swift Eats",
            bands: [
              { state: "ONLINE", start: since, end: ms("2026-11-23T12:00:00") },
              { state: "OFFLINE", start: ms("2026-11-23T12:00:00"), end: ms("2026-11-23T12:30:00") },
              { state: "ONLINE", start: ms("2026-11-23T12:30:00"), end: null },
            ],
          },
          {
            listingId: "a2",
            channelCode: "table",
            channelName: "Table tablets",
            bands: [
              { state: "ONLINE", start: since, end: ms("2026-11-23T14:00:00") },
              { state: "PAUSED", start: ms("2026-11-23T14:00:00"), end: ms("2026-11-23T15:30:00") },
              { state: "ONLINE", start: ms("2026-11-23T15:30:00"), end: null },
            ],
          },
        ],
      },
      {
        restaurantId: "b",
        name: "Bravo",
        hours: ams(everyDay(0, 1440)),
        sales: { orders: 0, basketCents: 0 },
        listings: [{ listingId: "b1", channelCode: "swifteats", channelName: "Swift Eats", bands: [{ state: "ONLINE", start: since, end: null }] }],
      },
    ],
  });

  it("gives uptime per outlet, listing and channel", () => {
    // Alpha: listings 630/660 and 570/660 → 1200/1320 = 90.9 %.
    expect(report.outlets[0]).toMatchObject({ name: "Alpha", total: { expectedMinutes: 1320, onlineMinutes: 1200, uptimePercent: 90.9 } });
    expect(report.outlets[1]).toMatchObject({ name: "Bravo", total: { expectedMinutes: 1440, onlineMinutes: 1440, uptimePercent: 100 } });
    expect(report.listings.map((l) => [l.listingId, l.total.uptimePercent])).toEqual([["a1", 95.5], ["a2", 86.4], ["b1", 100]]);
    // Swift Eats: (630 + 1440) / (660 + 1440) = 98.6 %; tablets 570/660 = 86.4 %.
    expect(report.channels.map((c) => [c.channelCode, c.total.uptimePercent])).toEqual([["swifteats", 98.6], ["table", 86.4]]);
    expect(report.periods).toEqual([{ label: "2026-11-23", start: "2026-11-22T23:00:00.000Z", end: "2026-11-23T23:00:00.000Z" }]);
  });

  it("ranks outlets and estimates lost sales from the average listing downtime", () => {
    expect(report.best.map((o) => o.name)).toEqual(["Bravo", "Alpha"]);
    expect(report.worst.map((o) => o.name)).toEqual(["Alpha", "Bravo"]);
    // Alpha: (30 + 90) / 2 listings = 60 min down × 0.05 orders/min × €25.00 = €75.00.
    expect(report.outlets[0]).toMatchObject({ downMinutes: 60, ordersPerOpenHour: 3, averageBasketCents: 2500, lostSalesCents: 7500 });
    expect(report.lostSalesCents).toBe(7500);
  });
});

describe("outlet timeline", () => {
  it("clips the bands to the window and ends the current one now", () => {
    const timeline = buildOutletTimeline({
      hours: ams(everyDay(660, 1320)),
      from: at("2026-11-23T00:00:00"),
      to: at("2026-11-24T00:00:00"),
      now: at("2026-11-23T18:00:00"),
      listings: [
        {
          listingId: "l",
          channelCode: "swifteats",
          channelName: "Swift Eats",
          bands: [
            { state: "ONLINE", start: ms("2026-11-22T09:00:00"), end: ms("2026-11-23T12:00:00") },
            { state: "PAUSED", start: ms("2026-11-23T12:00:00"), end: null },
          ],
        },
      ],
    });
    expect(timeline.expectedOpen).toEqual([{ start: "2026-11-23T10:00:00.000Z", end: "2026-11-23T21:00:00.000Z" }]);
    expect(timeline.listings[0]!.bands).toEqual([
      { state: "ONLINE", start: "2026-11-22T23:00:00.000Z", end: "2026-11-23T11:00:00.000Z" },
      { state: "PAUSED", start: "2026-11-23T11:00:00.000Z", end: "2026-11-23T17:00:00.000Z" },
    ]);
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    expect(csvField("Forno Rosso Centrum")).toBe("Forno Rosso Centrum");
    expect(csvField('Pizza "Roma", Oost')).toBe('"Pizza ""Roma"", Oost"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(null)).toBe("");
    expect(csvField(91.7)).toBe("91.7");
    expect(toCsv(["a", "b"], [["x,y", 1]])).toBe('a,b\r\n"x,y",1\r\n');
  });
});
