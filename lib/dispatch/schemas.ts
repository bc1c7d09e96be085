// What drivers send to the dispatch API (app/api/v1/driver/**).
import { z } from "zod";

export const offerIdSchema = z.uuid();
export const jobIdSchema = z.uuid();

/** POST /api/v1/driver/status */
export const driverStatusSchema = z.object({ online: z.boolean() });

/** POST /api/v1/driver/jobs/{orderId}/deliver: the 4 digits the customer shows. */
export const deliverySchema = z.object({ code: z.string().regex(/^\d{4}$/, "The delivery code is 4 digits") });
