// PUT /api/v1/restaurants/{id}/menu/items/{itemId}/photo – multipart/form-data, field "photo":
// a JPEG, PNG or WebP of at most 2 MB. Answers with the item's new photoUrl.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { setItemPhoto } from "@/lib/menu/set-item-photo";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readBody } from "@/lib/http/read-body";
import { getStorage } from "@/lib/storage/get-storage";

export const PUT = protectedRoute<{ id: string; itemId: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) => {
  // Counted while it streams: an oversized upload is refused (413) before it is read in full.
  const body = await readBody(req, BODY_LIMITS.photo);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError(400, "Send the photo as multipart/form-data", "invalid_form");
  }
  const photo = form.get("photo");
  return NextResponse.json(await setItemPhoto(actor, params.id, params.itemId, photo instanceof Blob ? photo : null, getStorage()));
});
