"use client";
// The language picker: every surface shows it (site header, tablet kiosk, driver app). The
// choice is stored by a server action; the refresh re-renders the page in the new language
// without losing client state such as the cart.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { chooseLocale } from "@/app/actions/choose-locale";
import { LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";

export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  return (
    <span className={["locale-switcher", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className="visually-hidden">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        aria-busy={pending}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          startTransition(async () => {
            await chooseLocale(next);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
