import type { Metadata } from "next";
import { requireSurface } from "@/lib/auth/session";
import { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";
import { AlertSettingsForm } from "@/components/admin/alert-settings-form";
import { PageTitle } from "@/components/admin/page-title";
import { chainFromParams, type AdminSearchParams } from "../chain-from-params";

export const metadata: Metadata = { title: "Alert settings" };

export default async function AlertSettingsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin/alerts");
  const { chains, chain } = await chainFromParams(actor, searchParams);
  const status = chain ? await getChainOutletStatus(actor, chain.id) : null;
  const outlets = status?.outlets.map((o) => ({ id: o.id, name: o.name })) ?? [];
  const channels = [...new Map(status?.outlets.flatMap((o) => o.listings.map((l) => [l.channelCode, { code: l.channelCode, name: l.channelName }] as const))).values()];
  return (
    <>
      {chain ? <PageTitle title="Alert settings" chains={chains} chainId={chain.id} /> : <h1>Alert settings</h1>}
      <p className="muted small">One alert per incident (plus a reminder if it stays open), for the outlets, channels and severities you choose.</p>
      <AlertSettingsForm outlets={outlets} channels={channels} />
    </>
  );
}
