"use client";
// One line that says what is wrong with the connection or the GPS, most urgent first.
import { connectionMessage, type ConnectionNoticeProps } from "./connection-message";

export function ConnectionNotice(props: ConnectionNoticeProps) {
  const notice = connectionMessage(props);
  return (
    <p className={`driver-notice driver-notice-${notice?.level ?? "ok"}`} role="status" aria-live="polite" data-testid="driver-notice" data-buffered={props.buffered}>
      {notice?.text ?? (props.online ? "Live: sending your position every 5 s." : "Connected.")}
    </p>
  );
}
