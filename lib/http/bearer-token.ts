/** The token of an `Authorization: Bearer …` header: undefined without the header, null when it is not a bearer token. */
export function bearerToken(headers: Headers): string | null | undefined {
  const header = headers.get("authorization");
  if (header === null) return undefined;
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
}
