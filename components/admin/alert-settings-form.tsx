"use client";
// Which alerts this admin gets: outlets, channels, minimum severity, in-app and email, quiet
// hours. Reads and saves through GET/PUT /api/v1/me/alert-subscription (empty lists = all).
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { requestJson } from "@/lib/api/request-json";
import type { Jsonified } from "@/lib/api/jsonified";
import type { getAlertSubscription } from "@/lib/monitoring/get-alert-subscription";
import type { AlertSubscriptionInput } from "@/lib/monitoring/schemas";

type Subscription = Jsonified<Awaited<ReturnType<typeof getAlertSubscription>>>;
const KEY = ["alert-subscription"] as const;
const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

const toTime = (minute: number | null) => (minute === null ? "" : `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`);
const toMinute = (time: string) => (time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : null);

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

export function AlertSettingsForm({ outlets, channels }: { outlets: { id: string; name: string }[]; channels: { code: string; name: string }[] }) {
  const query = useQuery({ queryKey: KEY, queryFn: async () => (await requestJson<{ subscription: Subscription }>("/api/v1/me/alert-subscription")).subscription });
  if (query.isPending) return <p className="muted">Loading your alert settings…</p>;
  if (query.error)
    return (
      <p className="form-error" role="alert">
        Could not load your alert settings: {query.error.message}
      </p>
    );
  return <Editor key={query.data.updatedAt ?? "defaults"} saved={query.data} outlets={outlets} channels={channels} />;
}

function Editor({ saved, outlets, channels }: { saved: Subscription; outlets: { id: string; name: string }[]; channels: { code: string; name: string }[] }) {
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
      {!saved.saved && <p className="small muted">You have not saved settings yet: you get every alert of your chain, in the app and by email.</p>}
      <fieldset>
        <legend>How</legend>
        <label>
          <input type="checkbox" checked={draft.inApp} onChange={(e) => set({ inApp: e.target.checked })} /> In the app (notifications and live)
        </label>
        <label>
          <input type="checkbox" checked={draft.email} onChange={(e) => set({ email: e.target.checked })} /> By email
        </label>
      </fieldset>
      <label>
        Minimum severity{" "}
        <select value={draft.minSeverity} onChange={(e) => set({ minSeverity: e.target.value as Subscription["minSeverity"] })}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Outlets (none ticked = all)</legend>
        {outlets.map((o) => (
          <label key={o.id}>
            <input type="checkbox" checked={draft.restaurantIds.includes(o.id)} onChange={(e) => set({ restaurantIds: toggle(draft.restaurantIds, o.id, e.target.checked) })} /> {o.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Channels (none ticked = all)</legend>
        {channels.map((c) => (
          <label key={c.code}>
            <input type="checkbox" checked={draft.channelCodes.includes(c.code)} onChange={(e) => set({ channelCodes: toggle(draft.channelCodes, c.code, e.target.checked) })} /> {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Quiet hours (no email; in-app alerts still arrive)</legend>
        <label>
          <input
            type="checkbox"
            checked={quiet}
            onChange={(e) => set(e.target.checked ? { quietStartMinute: 22 * 60, quietEndMinute: 7 * 60 } : { quietStartMinute: null, quietEndMinute: null })}
          />{" "}
          Mute email at night
        </label>
        {quiet && (
          <div className="actions">
            <label>
              From <input type="time" value={toTime(draft.quietStartMinute)} onChange={(e) => set({ quietStartMinute: toMinute(e.target.value) })} required />
            </label>
            <label>
              Until <input type="time" value={toTime(draft.quietEndMinute)} onChange={(e) => set({ quietEndMinute: toMinute(e.target.value) })} required />
            </label>
            <label>
              Time zone <input value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
            </label>
          </div>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save alert settings"}
        </button>
      </div>
      {mutation.error && (
        <p className="form-error" role="alert">
          {mutation.error.message}
        </p>
      )}
      {mutation.isSuccess && !mutation.isPending && (
        <p className="form-success" role="status">
          Saved.
        </p>
      )}
    </form>
  );
}
