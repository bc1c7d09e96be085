// Where the browser opens its socket. Server components call getRealtimeUrl() and pass the
// result to client components as a prop (the realtime server is a separate process/port).
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { realtimeUrlFor, realtimeUrlForRestaurant } from "@/lib/realtime/realtime-url-for";

/** `restaurantId`: the one restaurant the page follows, which routes its socket (realtime-url-for.ts). */
export async function getRealtimeUrl(restaurantId?: string): Promise<string> {
  const url = realtimeUrlFor((await headers()).get("host"), env);
  return restaurantId ? realtimeUrlForRestaurant(url, restaurantId) : url;
}
