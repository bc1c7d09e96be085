// The one way a route reads a request body: counted while it streams, so a body over the
// limit is refused (413) before more than the limit is read, whatever Content-Length says
// (or when it is absent: chunked uploads).
import { AppError } from "@/lib/errors/app-error";

// The connection is not kept; it lingers while the rest of the body is discarded (server/web.ts, lib/http/linger-over-unread-body.ts).
export const payloadTooLarge = (limit: number) =>
  new AppError(413, `The request body is larger than ${limit} bytes`, "payload_too_large", { limit }, { connection: "close" });

export async function readBody(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) throw payloadTooLarge(limit);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
