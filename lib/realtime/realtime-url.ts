// Where the browser opens its socket. Server components call getRealtimeUrl() and pass the
// result to client components as a prop (the realtime server is a separate process/port).
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { realtimeUrlFor } from "@/lib/realtime/realtime-url-for";

export async function getRealtimeUrl(): Promise<string> {
  return realtimeUrlFor((await headers()).get("host"), env);
}
