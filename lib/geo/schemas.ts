// The geocoding API's query strings (GET /api/v1/geocode/search and /reverse), shared by the
// routes and the address boxes that call them.
import { z } from "zod";

const lat = z.coerce.number().min(-90).max(90);
const lng = z.coerce.number().min(-180).max(180);

export const searchAddressesQuery = z
  .object({
    q: z.string().trim().min(2, "Type at least 2 characters of the address").max(200),
    /** Rank addresses near this point first (the customer's location); both or neither. */
    lat: lat.optional(),
    lng: lng.optional(),
  })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), { message: "Send lat and lng together", path: ["lat"] });

export const reverseGeocodeQuery = z.object({ lat, lng });

/** Suggestions one search answers with. */
export const MAX_ADDRESS_SUGGESTIONS = 6;
