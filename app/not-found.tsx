import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <section className="empty-state">
      <h1>{t("title")}</h1>
      <p className="muted">{t("body")}</p>
      <Link href="/" className="button">
        {t("back")}
      </Link>
    </section>
  );
}
