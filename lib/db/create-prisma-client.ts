import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A client on its own pool. Free of lib/env on purpose: the launcher and the seed CLI use
 *  it before the web app's environment (auth secret and all) exists. */
export function createPrismaClient(connectionString: string, max: number): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    // Password hashes are only read where a password is checked.
    omit: { user: { passwordHash: true } },
  });
}
