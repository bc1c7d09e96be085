// Signs in the way a browser does: next-auth's CSRF token, then the credentials callback,
// which answers with the session cookie. The same session token authenticates the socket.

const SESSION_COOKIE = "next-auth.session-token";

function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}

export interface Session {
  /** The `cookie` header for API requests. */
  cookie: string;
  /** The session token, for the socket's `auth.token`. */
  token: string;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const csrfRes = await fetch(new URL("/api/auth/csrf", baseUrl));
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf: ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = [...cookiesOf(csrfRes)].map(([k, v]) => `${k}=${v}`).join("; ");

  const res = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const token = cookiesOf(res).get(SESSION_COOKIE);
  if (!token) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return { cookie: `${SESSION_COOKIE}=${token}`, token };
}
