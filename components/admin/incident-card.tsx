"use client";
// One incident with what an admin can do about it: acknowledge, resolve, comment, and resume
// the outlet remotely (the API refuses a third resume within an hour with a 409 and says why).
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import { acknowledgeIncident, commentOnIncident, incidentsKey, statusKey, resolveIncident } from "./monitoring-api";
import { ResumeOutletButton } from "./resume-outlet-button";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

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

const DONE: Record<Action["kind"], string> = { ack: "Acknowledged.", resolve: "Resolved.", comment: "Comment added." };

function since(iso: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function IncidentCard({ incident, timeZone }: { incident: IncidentSummary; timeZone: string }) {
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (action: Action) => run(incident, action),
    onSuccess: (_, action) => {
      setDone(DONE[action.kind]);
      if (action.kind === "comment") setComment("");
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: incidentsKey(incident.chainId ?? "") });
      void queryClient.invalidateQueries({ queryKey: statusKey(incident.chainId ?? "") });
    },
  });
  const resolved = incident.state === "RESOLVED";
  const label = `${incident.ruleLabel} at ${incident.restaurantName}${incident.channelCode ? ` on ${incident.channelCode}` : ""}`;

  return (
    <li className="incident" data-testid="incident" data-incident-id={incident.id} data-state={incident.state} aria-label={label}>
      <header>
        <span className={`badge severity-${incident.severity}`}>{incident.severity.toLowerCase()}</span>
        <strong>{incident.ruleLabel}</strong>
        <span>
          {incident.restaurantName}
          {incident.channelCode && ` · ${incident.channelCode}`}
        </span>
        <span className="badge" data-testid="incident-state">
          {incident.state.toLowerCase()}
        </span>
      </header>
      <p className="small muted">
        Started {formatOutletTime(incident.startedAt, timeZone)} ({resolved ? `lasted ${Math.round(incident.durationSeconds / 60)} min` : `${since(incident.startedAt)} ago`})
        {incident.commentCount > 0 && ` · ${incident.commentCount} comment${incident.commentCount === 1 ? "" : "s"}`}
      </p>
      {!resolved && (
        <div className="actions">
          {incident.state === "OPEN" && (
            <button type="button" className="button button-small" disabled={mutation.isPending} onClick={() => mutation.mutate({ kind: "ack" })}>
              Acknowledge
            </button>
          )}
          <button type="button" className="button button-small button-quiet" disabled={mutation.isPending} onClick={() => mutation.mutate({ kind: "resolve" })}>
            Resolve
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
        <input aria-label={`Comment on ${label}`} placeholder="Add a comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
        <button type="submit" className="button button-small button-quiet" disabled={mutation.isPending || !comment.trim()}>
          Comment
        </button>
      </form>
      {mutation.error ? (
        <p className="form-error" role="alert">
          {mutation.error.message}
        </p>
      ) : (
        done && (
          <p className="small" role="status">
            {done}
          </p>
        )
      )}
    </li>
  );
}
