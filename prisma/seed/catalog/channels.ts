// Where demo outlets are sold. The partner channels are simulated marketplaces whose
// status feeds the monitoring compares against what staff declared.
import type { ChannelKind } from "@/lib/generated/prisma/enums";

export const SALES_CHANNELS: readonly { code: string; name: string; kind: ChannelKind }[] = [
  { code: "swifteats", name: "Swift Eats", kind: "MARKETPLACE" },
  { code: "table", name: "Table ordering", kind: "TABLE" },
  { code: "ubereats-sim", name: "Uber Eats (simulated)", kind: "PARTNER" },
  { code: "deliveroo-sim", name: "Deliveroo (simulated)", kind: "PARTNER" },
];

/**
 * Demo API keys partners push observations with (POST /api/v1/listings/{id}/observations,
 * header x-api-key); only their sha256 is stored. Known to everyone: demo data only.
 */
export const DEMO_PARTNER_API_KEYS: Readonly<Record<string, string>> = {
  "ubereats-sim": "demo-ubereats-sim-key",
  "deliveroo-sim": "demo-deliveroo-sim-key",
};

/** The simulated partner feeds are polled every 30 s in the demo (the default is 180 s). */
export const DEMO_PARTNER_POLL_SECONDS = 30;

/** Chains sell everywhere; independents only here and on their own table tablets. */
export const CHAIN_CHANNEL_CODES = SALES_CHANNELS.map((c) => c.code);
export const INDEPENDENT_CHANNEL_CODES = ["swifteats", "table"];
