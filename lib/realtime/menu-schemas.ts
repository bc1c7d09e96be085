// Payloads arriving at server/realtime for the public namespace, parsed before use: the
// browser's follow requests and the database's menu_changes notifications.
import { z } from "zod";

export const menuFollowSchema = z.object({ restaurantId: z.uuid() });

/** What lib/catalog/bump-menu-version.ts NOTIFYs, as JSON. */
export const menuChangeNoticeSchema = z.object({ restaurantId: z.uuid(), menuVersion: z.number().int().min(0) });
