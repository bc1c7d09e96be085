/** Browser origins allowed to open a socket (with the session cookie): the web app's own. */
export function allowedOrigins(env: { PUBLIC_URL?: string; NEXTAUTH_URL?: string; PORT: number; WEB_ORIGINS?: string }): string[] {
  const origins = new Set([`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`]);
  if (env.NEXTAUTH_URL) origins.add(new URL(env.NEXTAUTH_URL).origin);
  if (env.PUBLIC_URL) origins.add(new URL(env.PUBLIC_URL).origin);
  for (const o of (env.WEB_ORIGINS ?? "").split(",")) if (o.trim()) origins.add(o.trim());
  return [...origins];
}
