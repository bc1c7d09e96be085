// Runs before each integration test file, before the file imports anything: points
// DATABASE_URL at a database of the file's own, so `@/lib/db/client` (and every domain
// function using it) talks to it. Dropped when the file is done.
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
  await database.drop();
});
