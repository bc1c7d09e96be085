// FileStorage on the local disk, under one root folder (UPLOAD_DIR, git-ignored by default).
// Fine for one web instance or a shared volume; several hosts need an object store instead.
import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { contentTypeOfKey, type FileStorage } from "@/lib/storage/storage";

export function createLocalDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    if (!contentTypeOfKey(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(base, ...key.split("/"));
  };

  return {
    async put(key, data) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write aside, then rename: a reader never sees half a file.
      const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
      await fs.writeFile(partial, data);
      await fs.rename(partial, file);
    },
    async get(key) {
      const contentType = contentTypeOfKey(key);
      if (!contentType) return null;
      try {
        return { data: await fs.readFile(fileOf(key)), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
