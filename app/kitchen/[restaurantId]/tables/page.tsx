// The outlet's tables: each table's tablet link as a printable QR code, a new link for a
// table (the old one dies at once), and new tables.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/lib/env";
import { qrSvg } from "@/lib/qr/qr-svg";
import { listTables } from "@/lib/tables/list-tables";
import { OutletNav } from "@/components/outlet/outlet-nav";
import { AddTableForm } from "@/components/tables/add-table-form";
import { PrintButton } from "@/components/tables/print-button";
import { RotateTokenButton } from "@/components/tables/rotate-token-button";
import { requireOutletStaff } from "../require-outlet-staff";
import { addTableAction, rotateTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kitchen.tables");
  return { title: t("title") };
}

/** The origin this page was requested at: the links' base when PUBLIC_URL is not set. */
async function requestOrigin(): Promise<string | undefined> {
  const h = await headers();
  const host = h.get("host");
  return host ? `${h.get("x-forwarded-proto") ?? "http"}://${host}` : undefined;
}

export default async function TablesPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const actor = await requireOutletStaff(restaurantId, `/kitchen/${restaurantId}/tables`);
  const [{ restaurant, tables }, origin, t] = await Promise.all([listTables(actor, restaurantId), requestOrigin(), getTranslations("kitchen.tables")]);
  return (
    <>
      <OutletNav restaurantId={restaurantId} name={restaurant.name} current="tables" />
      <div className="actions menu-admin-no-print">
        <PrintButton />
      </div>
      <ul className="menu-admin-qr-sheet">
        {tables.map((table) => {
          // Printed and scanned by diners' phones: PUBLIC_URL (lib/http/public-url.ts).
          const link = appUrl(`/t/${table.token}`, origin);
          const qr = qrSvg(link);
          return (
            <li key={table.id} className="card menu-admin-qr-card" data-testid="table-card">
              <h2>{t("cardTitle", { restaurant: restaurant.name, table: table.number })}</h2>
              <svg viewBox={qr.viewBox} className="menu-admin-qr" role="img" aria-label={t("qrLabel", { table: table.number })} shapeRendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d={qr.path} fill="#000" />
              </svg>
              <p className="small">{t("scanToOrder")}</p>
              <p className="small menu-admin-link">
                <a href={`/t/${table.token}`} data-testid="table-link">
                  {link}
                </a>
              </p>
              <p className="muted small menu-admin-no-print">{t("seats", { count: table.seats })}</p>
              <RotateTokenButton tableNumber={table.number} action={rotateTokenAction.bind(null, restaurantId, table.id)} />
            </li>
          );
        })}
      </ul>
      <AddTableForm action={addTableAction.bind(null, restaurantId)} />
    </>
  );
}
