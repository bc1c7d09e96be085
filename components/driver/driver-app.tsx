"use client";
// The driver app (/driver): online/offline, offers with a countdown, the active job with its
// map and actions, today's deliveries and earnings. While online it streams GPS; during a
// job it keeps the screen awake. All state comes from GET /api/v1/driver/me, kept current
// by socket events (./use-driver-socket.ts).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import { driverMeKey, fetchDriverMe, postDriverStatus, type DriverMe } from "./driver-api";
import { useDriverSocket } from "./use-driver-socket";
import { usePositionStream } from "./use-position-stream";
import { useWakeLock } from "./use-wake-lock";
import { useNetworkOnline } from "./use-network-online";
import { useServiceWorker } from "./use-service-worker";
import { ConnectionNotice } from "./connection-notice";
import { OfferCard } from "./offer-card";
import { OfferAnnouncement } from "./offer-announcement";
import { JobView } from "./job-view";
import { useErrorText } from "./error-text";

export function DriverApp({ realtimeUrl }: { realtimeUrl: string }) {
  const t = useTranslations("driver");
  const locale = useLocale();
  const format = useFormatter();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const networkOnline = useNetworkOnline();
  const socketConnected = useDriverSocket(realtimeUrl);
  const worker = useServiceWorker();
  const me = useQuery({ queryKey: driverMeKey, queryFn: fetchDriverMe, staleTime: 10_000, refetchInterval: 60_000 });
  const status = me.data?.driver.status ?? "OFFLINE";
  const online = status !== "OFFLINE";
  const stream = usePositionStream(realtimeUrl, online);
  const wakeLock = useWakeLock(!!me.data?.job);

  const toggle = useMutation({
    mutationFn: (goOnline: boolean) => postDriverStatus(goOnline),
    onSuccess: ({ driver }) => queryClient.setQueryData<DriverMe>(driverMeKey, (prev) => (prev ? { ...prev, driver: { ...prev.driver, ...driver } } : prev)),
  });

  if (me.isPending) return <p className="muted">{t("loading")}</p>;
  if (me.isError && !me.data) {
    return (
      <section className="card" role="alert">
        <h1>{t("metadata.title")}</h1>
        <p>{networkOnline ? t("loadError", { message: errorText(me.error) }) : t("loadOffline")}</p>
        <button type="button" className="button" onClick={() => void me.refetch()}>
          {t("tryAgain")}
        </button>
      </section>
    );
  }
  const { driver, offer, job, today } = me.data;

  return (
    <div className="driver-app" data-sw={worker}>
      <section className="driver-head">
        <div>
          <h1>{t("greeting", { name: driver.name.split(" ")[0] ?? driver.name })}</h1>
          <p className="muted small">
            {t(`vehicle.${driver.vehicle}`)} · ★ {format.number(driver.rating, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </p>
        </div>
        <button
          type="button"
          className={`driver-toggle${online ? " driver-toggle-on" : ""}`}
          aria-pressed={online}
          disabled={toggle.isPending || (online && !!job)}
          onClick={() => toggle.mutate(!online)}
        >
          {online ? t("goOffline") : t("goOnline")}
        </button>
      </section>
      <p className="driver-status" data-testid="driver-status">
        <strong>{t(`status.${status}`)}</strong>
        {wakeLock && <span className="muted small"> · {t("screenKeptOn")}</span>}
      </p>
      {toggle.error && (
        <p className="form-error" role="alert">
          {errorText(toggle.error)}
        </p>
      )}
      <ConnectionNotice networkOnline={networkOnline} socketConnected={socketConnected} online={online} gps={stream.gps} buffered={stream.buffered} />

      <OfferAnnouncement offer={offer && !job ? offer : null} />
      {offer && !job && <OfferCard key={offer.id} offer={offer} />}
      {job && <JobView job={job} driver={stream.position} />}
      {online && !offer && !job && <p className="card muted driver-waiting">{t("waiting")}</p>}

      <section className="card" aria-labelledby="today-title">
        <h2 id="today-title">{t("today.title")}</h2>
        <dl className="driver-today" data-testid="driver-today">
          <dt>{t("today.deliveries")}</dt>
          <dd>{today.deliveries}</dd>
          <dt>{t("today.earnings")}</dt>
          <dd>{formatCents(today.earningsCents, undefined, locale)}</dd>
        </dl>
      </section>
    </div>
  );
}
