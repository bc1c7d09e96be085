// Partners push observations with an API key per sales channel; only its sha256 is stored
// (sales_channels.api_key_hash), so a database leak does not leak the keys. Known keys are
// remembered for a short while per process (partners push hundreds a second): a rotated or
// revoked key stops working within KEY_CACHE_MS.
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

const KEY_CACHE_MS = 30_000;
const known = new Map<string, { channel: { id: string; code: string }; until: number }>();

/** The channel a key belongs to; 401 for a missing or unknown key. */
export async function channelForApiKey(key: string | null): Promise<{ id: string; code: string }> {
  const invalid = () => new AppError(401, "A valid x-api-key header is required", "invalid_api_key");
  if (!key || key.length > 200) throw invalid();
  const hash = hashApiKey(key);
  const cached = known.get(hash);
  if (cached && cached.until > Date.now()) return cached.channel;
  const channel = await prisma.salesChannel.findFirst({ where: { apiKeyHash: hash }, select: { id: true, code: true } });
  if (!channel) throw invalid();
  known.set(hash, { channel, until: Date.now() + KEY_CACHE_MS });
  return channel;
}
