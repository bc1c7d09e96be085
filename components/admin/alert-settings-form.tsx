"use client";
// Which alerts this admin gets: outlets, channels, minimum severity, in-app and email, quiet
// hours. Reads and saves through GET/PUT /api/v1/me/alert-subscription (empty lists = all).
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { requestJson } from "@/lib/api/request-json";
import type { Jsonified } from "@/lib/api/jsonified";
import type { getAlertSubscription } from "@/lib/monitoring/get-alert-subscription";
import type { AlertSubscriptionInput } from "@/lib/monitoring/schemas";
import { useErrorText } from "./error-text";

type Subscription = Jsonified<Awaited<ReturnType<typeof getAlertSubscription>>>;
const KEY = ["alert-subscription"] as const;
const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

const toTime = (minute: number | null) => (minute === null ? "" : `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`);
const toMinute = (time: string) => (time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : null);

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

export function AlertSettingsForm({ outlets, channels }: { outlets: { id: string; name: string }[]; channels: { code: string; name: string }[] }) {
  const t = useTranslations("admin.alerts");
  const errorText = useErrorText();
  const query = useQuery({ queryKey: KEY, queryFn: async () => (await requestJson<{ subscription: Subscription }>("/api/v1/me/alert-subscription")).subscription });
  if (query.isPending) return <p className="muted">{t("loading")}</p>;
  if (query.error)
    return (
      <p className="form-error" role="alert">
        {t("loadFailed", { message: errorText(query.error) })}
      </p>
    );
  return <Editor key={query.data.updatedAt ?? "defaults"} saved={query.data} outlets={outlets} channels={channels} />;
}

function Editor({ saved, outlets, channels }: { saved: Subscription; outlets: { id: string; name: string }[]; channels: { code: string; name: string }[] }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(saved);
  const set = (patch: Partial<Subscription>) => setDraft((d) => ({ ...d, ...patch }));
  const mutation = useMutation({
    mutationFn: (body: AlertSubscriptionInput) => requestJson<{ subscription: Subscription }>("/api/v1/me/alert-subscription", { method: "PUT", body }),
    onSuccess: ({ subscription }) => queryClient.setQueryData(KEY, subscription),
  });
  const quiet = draft.quietStartMinute !== null;

  return (
    <form
      className="form card"
      onSubmit={(e) => {
        e.preventDefault();
        const { restaurantIds, channelCodes, minSeverity, email, inApp, quietStartMinute, quietEndMinute, timeZone } = draft;
        mutation.mutate({ restaurantIds, channelCodes, minSeverity, email, inApp, quietStartMinute, quietEndMinute, timeZone });
      }}
    >
      {!saved.saved && <p className="small muted">{t("alerts.notSaved")}</p>}
      <fieldset>
        <legend>{t("alerts.how")}</legend>
        <label>
          <input type="checkbox" checked={draft.inApp} onChange={(e) => set({ inApp: e.target.checked })} /> {t("alerts.inApp")}
        </label>
        <label>
          <input type="checkbox" checked={draft.email} onChange={(e) => set({ email: e.target.checked })} /> {t("alerts.email")}
        </label>
      </fieldset>
      <label>
        {t("alerts.minSeverity")}{" "}
        <select value={draft.minSeverity} onChange={(e) => set({ minSeverity: e.target.value as Subscription["minSeverity"] })}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t("alerts.outlets")}</legend>
        {outlets.map((o) => (
          <label key={o.id}>
            <input type="checkbox" checked={draft.restaurantIds.includes(o.id)} onChange={(e) => set({ restaurantIds: toggle(draft.restaurantIds, o.id, e.target.checked) })} /> {o.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("alerts.channels")}</legend>
        {channels.map((c) => (
          <label key={c.code}>
            <input type="checkbox" checked={draft.channelCodes.includes(c.code)} onChange={(e) => set({ channelCodes: toggle(draft.channelCodes, c.code, e.target.checked) })} /> {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("alerts.quietHours")}</legend>
        <label>
          <input
            type="checkbox"
            checked={quiet}
            onChange={(e) => set(e.target.checked ? { quietStartMinute: 22 * 60, quietEndMinute: 7 * 60 } : { quietStartMinute: null, quietEndMinute: null })}
          />{" "}
          {t("alerts.muteAtNight")}
        </label>
        {quiet && (
          <div className="actions">
            <label>
              {t("alerts.from")} <input type="time" value={toTime(draft.quietStartMinute)} onChange={(e) => set({ quietStartMinute: toMinute(e.target.value) })} required />
            </label>
            <label>
              {t("alerts.until")} <input type="time" value={toTime(draft.quietEndMinute)} onChange={(e) => set({ quietEndMinute: toMinute(e.target.value) })} required />
            </label>
            <label>
              {t("alerts.timeZone")} <input value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
            </label>
          </div>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t("alerts.saving") : t("alerts.save")}
        </button>
      </div>
      {mutation.error && (
        <p className="form-error" role="alert">
          {errorText(mutation.error)}
        </p>
      )}
      {mutation.isSuccess && !mutation.isPending && (
        <p className="form-success" role="status">
          {t("alerts.saved")}
        </p>
      )}
    </form>
  );
}
