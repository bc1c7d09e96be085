// A transaction that writes, then stays open until the test lets it commit: how the tests make
// a lower seq commit after a higher one (the race every event cursor must survive).
import { prisma, type Tx } from "@/lib/db/client";

export interface HeldTransaction {
  /** Lets it commit; resolves once it has. */
  commit(): Promise<void>;
}

/** Resolves once `write` has run inside the still-open transaction. */
export async function holdTransactionOpen(write: (tx: Tx) => Promise<unknown>): Promise<HeldTransaction> {
  let release!: () => void;
  const mayCommit = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const hasWritten = new Promise<void>((resolve) => (written = resolve));
  const done = prisma.$transaction(
    async (tx) => {
      await write(tx);
      written();
      await mayCommit;
    },
    { timeout: 30_000 },
  );
  // A write that fails settles the test at once instead of leaving it waiting.
  await Promise.race([hasWritten, done]);
  return {
    async commit() {
      release();
      await done;
    },
  };
}
