// The chain an /admin page shows: `?chain=` when the admin may see it, else their first chain.
import type { Actor } from "@/lib/auth/actor";
import { listChains } from "@/lib/monitoring/list-chains";

export type AdminSearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function chainFromParams(actor: Actor, searchParams: AdminSearchParams) {
  const chains = await listChains(actor);
  const wanted = (await searchParams).chain;
  const chain = chains.find((c) => c.id === wanted) ?? chains[0] ?? null;
  return { chains: chains.map((c) => ({ id: c.id, name: c.name })), chain };
}
