"use server";
import { revalidatePath } from "next/cache";
import { requireSurface } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/admin/mark-notifications-read";

export async function markAllRead(): Promise<void> {
  const actor = await requireSurface("admin", "/admin/notifications");
  await markNotificationsRead(actor);
  revalidatePath("/admin/notifications");
}
