// PUT /api/v1/restaurants/{id}/menu/items/{itemId}/photo – multipart field "photo": a JPEG,
// PNG or WebP of at most 2 MB (checked by its bytes, not by what the client says it is).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { MAX_PHOTO_BYTES } from "@/lib/menu/schemas";
import { detectImageType } from "@/lib/storage/detect-image-type";
import { keyOfPublicUrl, publicUrlOf, type FileStorage } from "@/lib/storage/storage";

export async function setItemPhoto(actor: Actor, restaurantId: unknown, itemId: unknown, photo: Blob | null, storage: FileStorage) {
  const id = await assertOutletStaff(actor, restaurantId);
  const itemUuid = z.uuid().parse(itemId);
  if (!photo || photo.size === 0) throw new AppError(400, "Attach a photo (form field \"photo\")", "photo_missing");
  if (photo.size > MAX_PHOTO_BYTES) throw new AppError(400, "The photo is larger than 2 MB", "photo_too_large");
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const image = detectImageType(bytes);
  if (!image) throw new AppError(400, "The photo must be a JPEG, PNG or WebP image", "photo_type");
  const exists = await prisma.foodItem.count({ where: { id: itemUuid, restaurantId: id, archivedAt: null } });
  if (!exists) throw notFound("Item");

  // Stored first under a fresh name: the row never points at a file that is not there.
  const key = `menu/${id}/${randomUUID()}.${image.extension}`;
  await storage.put(key, bytes, image.type);
  try {
    const { before, item, menuVersion } = await changeMenu(id, async (tx) => {
      const previous = await tx.foodItem.findFirst({ where: { id: itemUuid, restaurantId: id, archivedAt: null }, select: { photoUrl: true } });
      if (!previous) throw notFound("Item");
      const updated = await tx.foodItem.update({ where: { id: itemUuid }, data: { photoUrl: publicUrlOf(key) }, select: { id: true, photoUrl: true } });
      const version = await recordMenuChange(tx, {
        restaurantId: id,
        actor,
        action: "item.photo_set",
        entityId: itemUuid,
        changes: { photoUrl: [previous.photoUrl, updated.photoUrl] },
      });
      return { before: previous.photoUrl, item: updated, menuVersion: version };
    });
    // The old file goes once nothing points at it; a leftover costs disk space, never a broken menu.
    const oldKey = keyOfPublicUrl(before);
    if (oldKey) await storage.delete(oldKey).catch((error: unknown) => logger.warn("old photo not removed", { key: oldKey, error }));
    return { item, menuVersion };
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
