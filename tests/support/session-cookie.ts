// Session cookies for code that stands in for signed-in browsers (benches, realtime tests):
// a sessions row and the next-auth token naming it, as a real sign-in makes them.
import { encode } from "next-auth/jwt";

interface Queryable {
  query<R extends Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/** The value of the `next-auth.session-token` cookie of a new session of `userId`. */
export async function mintSessionToken(db: Queryable, userId: string, secret: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO sessions (id, user_id, expires_at) VALUES (gen_random_uuid(), $1, now() + interval '1 day') RETURNING id`,
    [userId],
  );
  return encode({ token: { sub: userId, sid: rows[0]!.id }, secret });
}
