// Where uploaded files (menu photos) live. The app sees only this interface: files on the
// local disk today (./local-disk-storage.ts), an object store (S3 and the like) when several
// web instances must share them, without touching callers.

export interface StoredFile {
  data: Buffer;
  contentType: string;
}

export interface FileStorage {
  /** Stores `data` under `key`, a relative path such as "menu/<restaurant>/<uuid>.webp". */
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when there is none under `key`. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Stored files are served by app/api/v1/uploads/[...path]/route.ts. */
export const UPLOADS_PATH = "/api/v1/uploads/";

export const publicUrlOf = (key: string) => `${UPLOADS_PATH}${key}`;

/** The key behind a URL made by publicUrlOf, or null for any other URL (seeded photos). */
export const keyOfPublicUrl = (url: string | null) => (url?.startsWith(UPLOADS_PATH) ? url.slice(UPLOADS_PATH.length) : null);

/** Keys are lower-case path segments ending in an image extension: nothing can climb out. */
const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\.(jpg|png|webp)$/;

const TYPE_OF_EXTENSION: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };

/** The content type a valid key stands for, or null for an invalid key. */
export function contentTypeOfKey(key: string): string | null {
  const match = KEY.exec(key);
  return match ? TYPE_OF_EXTENSION[match[2]!]! : null;
}
