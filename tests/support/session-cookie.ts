// Session cookies for code that stands in for signed-in browsers (benches, realtime tests):
// a sessions row and the next-auth token naming it, as a real sign-in makes them.
import { encode } from "next-auth/jwt";

interface Queryable {
  query<R extends Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/** The value of the `next-auth.session-token` cookie of a new session of `userId`. */
export async function mintSessionToken(db: Queryable, userId: string, secret: string): Promise<string> {
  return (await mintSessionTokens(db, [userId], secret))[0]!;
}

/** The cookie values of a new session for each of `userIds`, in their order: one statement for all (benches sign in thousands). */
export async function mintSessionTokens(db: Queryable, userIds: string[], secret: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string; user_id: string }>(
    `INSERT INTO sessions (id, user_id, expires_at)
     SELECT gen_random_uuid(), u, now() + interval '1 day' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n) ORDER BY n
     RETURNING id, user_id`,
    [userIds],
  );
  // RETURNING gives no order: match each user to its new session (a user listed twice gets two).
  const sessionsOf = new Map<string, string[]>();
  for (const row of rows) sessionsOf.set(row.user_id, [...(sessionsOf.get(row.user_id) ?? []), row.id]);
  return Promise.all(userIds.map((userId) => encode({ token: { sub: userId, sid: sessionsOf.get(userId)!.pop()! }, secret })));
}
