"use client";
// Platform admins watch any chain: picking one reloads the page for it (?chain=).
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export function ChainPicker({ chains, current }: { chains: { id: string; name: string }[]; current: string }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const pathname = usePathname();
  if (chains.length < 2) return null;
  return (
    <label className="chain-picker small">
      {t("chainPicker")}{" "}
      {/* Named on its own: a wrapping label's name would also carry the chosen option's text. */}
      <select aria-label={t("chainPicker")} value={current} onChange={(e) => router.push(`${pathname}?chain=${encodeURIComponent(e.target.value)}`)}>
        {chains.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
