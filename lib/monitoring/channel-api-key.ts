// Partners push observations with an API key per sales channel; only its sha256 is stored
// (sales_channels.api_key_hash), so a database leak does not leak the keys.
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** The channel a key belongs to; 401 for a missing or unknown key. */
export async function channelForApiKey(key: string | null): Promise<{ id: string; code: string }> {
  const invalid = () => new AppError(401, "A valid x-api-key header is required", "invalid_api_key");
  if (!key || key.length > 200) throw invalid();
  const channel = await prisma.salesChannel.findFirst({ where: { apiKeyHash: hashApiKey(key) }, select: { id: true, code: true } });
  if (!channel) throw invalid();
  return channel;
}
