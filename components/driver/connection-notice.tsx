"use client";
// One line that says what is wrong with the connection or the GPS, most urgent first.
import { useTranslations } from "next-intl";
import { connectionMessage, type ConnectionNoticeProps } from "./connection-message";

export function ConnectionNotice(props: ConnectionNoticeProps) {
  const t = useTranslations("driver.connection");
  const notice = connectionMessage(props);
  return (
    <p className={`driver-notice driver-notice-${notice?.level ?? "ok"}`} role="status" aria-live="polite" data-testid="driver-notice" data-buffered={props.buffered}>
      {notice ? t(notice.key, notice.values) : t(props.online ? "live" : "connected")}
    </p>
  );
}
