import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";
import { listChainIncidents } from "@/lib/monitoring/list-chain-incidents";
import { getRealtimeUrl } from "@/lib/realtime/realtime-url";
import { ChainMonitor } from "@/components/admin/chain-monitor";
import { PageTitle } from "@/components/admin/page-title";
import { chainFromParams, type AdminSearchParams } from "./chain-from-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("live.title") };
}

export default async function AdminPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin");
  const t = await getTranslations("admin");
  const { chains, chain } = await chainFromParams(actor, searchParams);
  if (!chain) {
    return (
      <>
        <h1>{t("live.title")}</h1>
        <p className="muted">{t("noChain")}</p>
      </>
    );
  }
  // The status first: its cursor is where the live feed catches up from, so the incidents
  // read after it cannot miss an event the feed then skips.
  const status = await getChainOutletStatus(actor, chain.id);
  const [incidents, realtimeUrl] = await Promise.all([listChainIncidents(actor, chain.id, { state: "open" }), getRealtimeUrl()]);
  return (
    <>
      <PageTitle title={t("live.titleWithChain", { chain: chain.name })} chains={chains} chainId={chain.id} />
      {/* Keyed by chain: switching chains starts the live view afresh. */}
      <ChainMonitor key={chain.id} initialStatus={status} initialIncidents={incidents} realtimeUrl={realtimeUrl} />
    </>
  );
}
