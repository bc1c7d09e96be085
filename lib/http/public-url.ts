// Links that leave the browser — printed table QR codes, emails, push — are opened later from
// somewhere else (a diner's phone, a mail client), so they must carry the site's public address,
// not whatever host the server happened to be reached at (behind a proxy: localhost:3000).

export interface PublicUrlEnv {
  /** The address people open the site at, e.g. https://eats.example.com. */
  PUBLIC_URL?: string;
  NEXTAUTH_URL?: string;
  PORT: number;
}

/**
 * The base of every outgoing link, without a trailing slash: PUBLIC_URL when set; else the
 * origin of the request being answered (a staff member printing QR codes reached us there);
 * else NEXTAUTH_URL, else http://localhost:PORT (development, and mail sent by the worker).
 */
export function publicBaseUrl(env: PublicUrlEnv, requestOrigin?: string): string {
  return (env.PUBLIC_URL ?? requestOrigin ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** PUBLIC_URL's rule: an absolute http(s) URL, possibly with a path, without query or fragment. */
export function isPublicUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return /^https?:$/.test(url.protocol) && !url.search && !url.hash && !url.username && !url.password;
}
