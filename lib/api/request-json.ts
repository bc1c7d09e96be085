// The browser side of our APIs' one error shape: a non-2xx answer becomes an ApiError
// carrying the server's message, code and status, for TanStack Query to surface.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    /** A 400's messages by field path ("options.0.name" → "Name the option"), for inline errors. */
    readonly fields: Readonly<Record<string, string>> = {},
    /** The same fields' issue codes ("too_small"), for a page to word them in its reader's language. */
    readonly fieldCodes: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function requestJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const isForm = init.body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined || isForm ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, "No connection. Check the network and try again.");
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, messageOf(body, res.status), body?.code, fieldsOf(body, "message"), fieldsOf(body, "code"));
  return body as T;
}

/** The error line, with the fields a 400 names ("price: Enter a price in euros"). */
function messageOf(body: { error?: string; details?: unknown } | null, status: number): string {
  const message = body?.error ?? `Request failed (${status})`;
  if (!Array.isArray(body?.details)) return message;
  const fields = (body.details as { path?: string; message?: string }[]).filter((d) => d.message).map((d) => (d.path ? `${d.path}: ${d.message}` : d.message));
  return fields.length ? `${message}: ${fields.join("; ")}` : message;
}

/** Each named field's message, or its issue code, from a 400's details. */
function fieldsOf(body: { details?: unknown } | null, what: "message" | "code"): Record<string, string> {
  if (!Array.isArray(body?.details)) return {};
  const named = (body.details as { path?: unknown; message?: unknown; code?: unknown }[]).filter((d) => typeof d.path === "string" && d.path && typeof d[what] === "string");
  return Object.fromEntries(named.map((d) => [d.path as string, d[what] as string]));
}
