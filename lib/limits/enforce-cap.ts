// Per-owner caps (tables, items and categories of an outlet, comments of an incident): the
// count is taken under a transaction-scoped advisory lock on the owner, so two concurrent
// creations cannot both see room for the last one. Call it inside the creating transaction.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

interface Cap {
  /** What is counted, plural, for the message ("tables"). */
  what: string;
  /** Whose they are ("outlet"), with the owner's id for the lock. */
  owner: string;
  ownerId: string;
  limit: number;
  count: () => Promise<number>;
}

export async function enforceCap(tx: Tx, { what, owner, ownerId, limit, count }: Cap): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`cap:${what}:${ownerId}`}, 0))`;
  if ((await count()) >= limit) {
    throw new AppError(409, `This ${owner} already has ${limit} ${what}, the most allowed`, "limit_reached", { limit });
  }
}
