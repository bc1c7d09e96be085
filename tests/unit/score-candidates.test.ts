import { describe, expect, it } from "vitest";
import { IDLE_CAP_MINUTES, MAX_DEFER_SECONDS, MAX_EARLY_SECONDS, planOffer, scoreCandidates, type Candidate } from "@/lib/dispatch/score-candidates";
import { travelSeconds } from "@/lib/tracking/compute-eta";
import { driverPayoutCents, PAYOUT_BASE_CENTS } from "@/lib/dispatch/driver-payout";

const restaurant = { lat: 52.37, lng: 4.89 };
const now = new Date("2030-01-15T10:00:00Z");
const METERS_PER_DEGREE = 111_195;

/** A bicycle `meters` north of the restaurant, idle for `idleMinutes`. */
const driver = (id: string, meters: number, idleMinutes = 0, vehicle: Candidate["vehicle"] = "BICYCLE"): Candidate => ({
  driverId: id,
  lat: restaurant.lat + meters / METERS_PER_DEGREE,
  lng: restaurant.lng,
  distanceMeters: meters,
  vehicle,
  availableSince: new Date(now.getTime() - idleMinutes * 60_000),
});

const rank = (candidates: Candidate[], prepRemainingSeconds = 0) =>
  scoreCandidates(candidates, { restaurant, prepRemainingSeconds, now, hour: 11 });

describe("scoreCandidates", () => {
  it("prefers the driver who gets there first", () => {
    expect(rank([driver("far", 2000), driver("near", 500), driver("mid", 1000)]).map((c) => c.driverId)).toEqual(["near", "mid", "far"]);
  });

  it("counts ride time, not distance: a scooter beats a bicycle a little closer", () => {
    expect(rank([driver("bike", 1000), driver("scooter", 1200, 0, "SCOOTER")])[0]!.driverId).toBe("scooter");
  });

  it("gives the job to the driver idle longer when rides are close, within a cap", () => {
    expect(rank([driver("fresh", 500, 0), driver("waiting", 600, 20)])[0]!.driverId).toBe("waiting");
    // Idling beyond the cap earns nothing more: a driver far away does not win on idle time alone.
    expect(rank([driver("near", 500, 0), driver("forever", 4000, IDLE_CAP_MINUTES * 100)])[0]!.driverId).toBe("near");
  });

  it("reports slack: prep time left minus the ride", () => {
    const [best] = rank([driver("a", 1000)], 600);
    expect(best!.pickupEtaSeconds).toBe(travelSeconds(driver("a", 1000), restaurant, "BICYCLE", 11));
    expect(best!.slackSeconds).toBe(600 - best!.pickupEtaSeconds);
  });

  it("penalises lateness: the food waiting costs more than the driver riding", () => {
    // Both late for food that is ready now; the nearer one is less late, and wins even idle-less.
    const ranked = rank([driver("late", 3000, 10), driver("less-late", 1500, 0)], 0);
    expect(ranked[0]!.driverId).toBe("less-late");
  });
});

describe("planOffer", () => {
  it("offers when the best driver would not wait long at the pass", () => {
    const plan = planOffer(rank([driver("a", 1000), driver("b", 2000)], 300));
    expect(plan.kind).toBe("offer");
    if (plan.kind === "offer") expect(plan.ranked.map((c) => c.driverId)).toEqual(["a", "b"]);
  });

  it("defers while the driver would arrive too early, and looks again within the cap", () => {
    const ranked = rank([driver("a", 500)], 20 * 60);
    const plan = planOffer(ranked);
    expect(plan).toEqual({ kind: "defer", seconds: MAX_DEFER_SECONDS });
    // Just a little too early: look again when it would be right.
    const close = rank([driver("a", 500)], 0);
    const prep = close[0]!.pickupEtaSeconds + MAX_EARLY_SECONDS + 30;
    expect(planOffer(rank([driver("a", 500)], prep))).toEqual({ kind: "defer", seconds: 30 });
  });

  it("has nobody to offer to without candidates", () => {
    expect(planOffer([])).toEqual({ kind: "none" });
  });
});

describe("driverPayoutCents", () => {
  it("pays a base, the trip's road kilometres and the whole tip", () => {
    const here = { lat: 52.37, lng: 4.89 };
    expect(driverPayoutCents({ driver: here, restaurant: here, dropoff: here, tipCents: 150 })).toBe(PAYOUT_BASE_CENTS + 150);
    const far = driverPayoutCents({ driver: here, restaurant: here, dropoff: { lat: 52.37 + 2000 / METERS_PER_DEGREE, lng: 4.89 }, tipCents: 0 });
    expect(far).toBeGreaterThan(PAYOUT_BASE_CENTS + 150);
  });
});
