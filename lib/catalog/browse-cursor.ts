// Opaque keyset cursors: base64url JSON of the sort and the last row's sort key (ending in
// its id). Clients hand them back untouched; anything else fails like any other invalid
// query parameter (a ZodError on `cursor`: the API's 400), never a 500.
import { z } from "zod";

export type CursorKey = readonly (number | string)[];

const envelope = z.object({ sort: z.string(), key: z.array(z.union([z.number(), z.string()])) });

export function encodeCursor(sort: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ sort, key })).toString("base64url");
}

/** The key inside `cursor`, checked against the shape `sort` pages by. */
export function decodeCursor<K extends CursorKey>(cursor: string, sort: string, keySchema: z.ZodType<K>): K {
  const invalid = () =>
    new z.ZodError([
      { code: "custom", path: ["cursor"], message: "Invalid cursor: pass back the nextCursor of the previous page with the same sort", input: cursor },
    ]);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success || parsed.data.sort !== sort) throw invalid();
  const key = keySchema.safeParse(parsed.data.key);
  if (!key.success) throw invalid();
  return key.data;
}
