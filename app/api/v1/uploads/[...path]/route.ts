// GET /api/v1/uploads/{key} – an uploaded file (menu photos), public like the menus showing it.
// Keys are random and never reused, so a file can be cached for good.
import { notFound } from "@/lib/errors/app-error";
import { anonymousRoute } from "@/lib/api/handler";
import { getStorage } from "@/lib/storage/get-storage";

export const GET = anonymousRoute<{ path: string[] }>(async ({ params }) => {
  const file = await getStorage().get(params.path.join("/"));
  if (!file) throw notFound("File");
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
