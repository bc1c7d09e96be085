"use client";
// One incident with what an admin can do about it: acknowledge, resolve, comment, and resume
// the outlet remotely (the API refuses a third resume within an hour with a 409 and says why).
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import { acknowledgeIncident, commentOnIncident, incidentsKey, statusKey, resolveIncident } from "./monitoring-api";
import { ResumeOutletButton } from "./resume-outlet-button";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import { duration, isRuleId } from "./admin-format";
import { useErrorText } from "./error-text";

type Action = { kind: "ack" } | { kind: "resolve" } | { kind: "comment"; body: string };

function run(incident: IncidentSummary, action: Action): Promise<unknown> {
  switch (action.kind) {
    case "ack":
      return acknowledgeIncident(incident.id);
    case "resolve":
      return resolveIncident(incident.id);
    case "comment":
      return commentOnIncident(incident.id, action.body);
  }
}

const secondsSince = (iso: string) => Math.max(0, (Date.now() - Date.parse(iso)) / 1000);

export function IncidentCard({ incident, timeZone }: { incident: IncidentSummary; timeZone: string }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const [done, setDone] = useState<Action["kind"] | null>(null);
  const mutation = useMutation({
    mutationFn: (action: Action) => run(incident, action),
    onSuccess: (_, action) => {
      setDone(action.kind);
      if (action.kind === "comment") setComment("");
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: incidentsKey(incident.chainId ?? "") });
      void queryClient.invalidateQueries({ queryKey: statusKey(incident.chainId ?? "") });
    },
  });
  const resolved = incident.state === "RESOLVED";
  const rule = isRuleId(incident.rule) ? t(`rules.${incident.rule}`) : incident.ruleLabel;
  const where = { rule, outlet: incident.restaurantName, channel: incident.channelCode ?? "" };
  const label = incident.channelCode ? t("incident.labelOnChannel", where) : t("incident.label", where);
  const lasted = duration(incident.durationSeconds, { hoursFrom: Infinity });
  const open = duration(secondsSince(incident.startedAt));

  return (
    <li className="incident" data-testid="incident" data-incident-id={incident.id} data-state={incident.state} aria-label={label}>
      <header>
        <span className={`badge severity-${incident.severity}`}>{t(`severity.${incident.severity}`)}</span>
        <strong>{rule}</strong>
        <span>
          {incident.restaurantName}
          {incident.channelCode && ` · ${incident.channelCode}`}
        </span>
        <span className="badge" data-testid="incident-state">
          {t(`incidentState.${incident.state}`)}
        </span>
      </header>
      <p className="small muted">
        {t("incident.started", { time: formatOutletTime(incident.startedAt, timeZone, false, locale) })} (
        {resolved
          ? t("incident.lasted", { duration: t(`duration.${lasted.key}`, lasted.values) })
          : t("incident.ago", { duration: t(`duration.${open.key}`, open.values) })}
        ){incident.commentCount > 0 && ` · ${t("incident.comments", { count: incident.commentCount })}`}
      </p>
      {!resolved && (
        <div className="actions">
          {incident.state === "OPEN" && (
            <button type="button" className="button button-small" disabled={mutation.isPending} onClick={() => mutation.mutate({ kind: "ack" })}>
              {t("incident.acknowledge")}
            </button>
          )}
          <button type="button" className="button button-small button-quiet" disabled={mutation.isPending} onClick={() => mutation.mutate({ kind: "resolve" })}>
            {t("incident.resolve")}
          </button>
          <ResumeOutletButton restaurantId={incident.restaurantId} chainId={incident.chainId ?? ""} outletName={incident.restaurantName} />
        </div>
      )}
      <form
        className="actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (comment.trim()) mutation.mutate({ kind: "comment", body: comment.trim() });
        }}
      >
        <input aria-label={t("incident.commentOn", { label })} placeholder={t("incident.commentPlaceholder")} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
        <button type="submit" className="button button-small button-quiet" disabled={mutation.isPending || !comment.trim()}>
          {t("incident.comment")}
        </button>
      </form>
      {mutation.error ? (
        <p className="form-error" role="alert">
          {errorText(mutation.error)}
        </p>
      ) : (
        done && (
          <p className="small" role="status">
            {t(`incident.done.${done}`)}
          </p>
        )
      )}
    </li>
  );
}
