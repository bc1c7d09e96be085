import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "@/lib/payments/webhook-signature";

const SECRET = "whsec_test_secret";
const body = JSON.stringify({ id: "evt_1", type: "charge.succeeded", ref: "sim_1" });

describe("payment webhook signatures", () => {
  it("accepts what was signed with the shared secret", () => {
    expect(verifyWebhook(body, signWebhook(body, SECRET), SECRET)).toBe(true);
  });

  it("refuses a changed body, another secret, a missing header and an old delivery", () => {
    const header = signWebhook(body, SECRET);
    expect(verifyWebhook(body.replace("succeeded", "failed"), header, SECRET)).toBe(false);
    expect(verifyWebhook(body, header, "another-secret")).toBe(false);
    expect(verifyWebhook(body, null, SECRET)).toBe(false);
    expect(verifyWebhook(body, signWebhook(body, SECRET, Date.now() - 3_600_000), SECRET)).toBe(false);
  });
});
