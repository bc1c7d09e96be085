// The one sanitizer for every user-given "where to go next" URL (sign-in callbackUrl, the
// next-auth redirect callback, the forms). Only same-origin paths pass; anything else is null
// and the caller uses its default page.
const PLACEHOLDER_ORIGIN = "http://callback.invalid";
const MAX_LENGTH = 2048;
// Browsers silently drop TAB/CR/LF inside URLs and read "\" as "/", so "/\t/evil.example" or
// "/\\evil.example" would become "//evil.example"; CR/LF in a Location header is also a 500.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/** A same-origin path (with query and fragment), normalised, or null. Accepts anything (a
 *  repeated query parameter arrives as an array). */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_LENGTH || CONTROL_OR_BACKSLASH.test(value)) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into a protocol-relative path: "/..//evil.example" → "//evil.example".
  if (url.origin !== PLACEHOLDER_ORIGIN || path.startsWith("//")) return null;
  return path;
}

/** For next-auth's redirect callback: an absolute URL on our own origin or a safe path, else home. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
  return `${baseUrl}${safeCallbackUrl(path) ?? "/"}`;
}
