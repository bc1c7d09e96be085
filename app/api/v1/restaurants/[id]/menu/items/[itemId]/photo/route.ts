// PUT /api/v1/restaurants/{id}/menu/items/{itemId}/photo – multipart/form-data, field "photo":
// a JPEG, PNG or WebP of at most 2 MB. Answers with the item's new photoUrl.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/api/errors";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { setItemPhoto } from "@/lib/menu/set-item-photo";
import { MAX_PHOTO_BYTES } from "@/lib/menu/schemas";
import { getStorage } from "@/lib/storage/get-storage";

/** Room for the multipart envelope around a photo of the maximum size. */
const MAX_BODY_BYTES = MAX_PHOTO_BYTES + 64 * 1024;

export const PUT = protectedRoute<{ id: string; itemId: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) => {
  // Refused before reading: an oversized upload is not buffered at all.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new AppError(400, "The photo is larger than 2 MB", "photo_too_large");
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError(400, "Send the photo as multipart/form-data", "invalid_form");
  }
  const photo = form.get("photo");
  return NextResponse.json(await setItemPhoto(actor, params.id, params.itemId, photo instanceof Blob ? photo : null, getStorage()));
});
