import { env } from "@/lib/env";
import { createLocalDiskStorage } from "@/lib/storage/local-disk-storage";
import type { FileStorage } from "@/lib/storage/storage";

let storage: FileStorage | undefined;

/** The process's file storage (the local disk, under UPLOAD_DIR). */
export function getStorage(): FileStorage {
  storage ??= createLocalDiskStorage(env.UPLOAD_DIR);
  return storage;
}
