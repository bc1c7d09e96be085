// The JSON status feed a partner channel serves (GET <feedUrl>): one entry per outlet,
// matched to our listings by externalId (or our restaurantId). The simulated partner feed
// (server/partner-feed) serves exactly this; a real partner is adapted to it.
import { z } from "zod";

export const partnerFeedSchema = z.object({
  channel: z.string().optional(),
  generatedAt: z.string().optional(),
  outlets: z
    .array(
      z.object({
        externalId: z.string().max(200).nullish(),
        restaurantId: z.uuid().nullish(),
        state: z.enum(["ONLINE", "OFFLINE", "PAUSED"]).optional(),
        orderableItemIds: z.array(z.uuid()).max(2000).optional(),
        /** The partner could not tell this outlet's status (recorded as UNKNOWN). */
        error: z.string().max(500).optional(),
      }),
    )
    .max(100_000),
});

export type PartnerFeed = z.infer<typeof partnerFeedSchema>;
export type PartnerFeedOutlet = PartnerFeed["outlets"][number];
