import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";
import { AlertSettingsForm } from "@/components/admin/alert-settings-form";
import { PageTitle } from "@/components/admin/page-title";
import { chainFromParams, type AdminSearchParams } from "../chain-from-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("alerts.title") };
}

export default async function AlertSettingsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin/alerts");
  const t = await getTranslations("admin.alerts");
  const { chains, chain } = await chainFromParams(actor, searchParams);
  const status = chain ? await getChainOutletStatus(actor, chain.id) : null;
  const outlets = status?.outlets.map((o) => ({ id: o.id, name: o.name })) ?? [];
  const channels = [...new Map(status?.outlets.flatMap((o) => o.listings.map((l) => [l.channelCode, { code: l.channelCode, name: l.channelName }] as const))).values()];
  return (
    <>
      {chain ? <PageTitle title={t("title")} chains={chains} chainId={chain.id} /> : <h1>{t("title")}</h1>}
      <p className="muted small">{t("intro")}</p>
      <AlertSettingsForm outlets={outlets} channels={channels} />
    </>
  );
}
