// A table link that no longer opens a table: staff rotated its token (a new QR code was
// printed) or the table was removed. The diner needs to know what to do, not "not yours to see".
import { getTranslations } from "next-intl/server";

export default async function TableLinkChanged() {
  const t = await getTranslations("kiosk.linkChanged");
  return (
    <section className="empty-state">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
    </section>
  );
}
