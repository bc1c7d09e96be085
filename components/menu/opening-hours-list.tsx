import { useTranslations } from "next-intl";

const DAYS = ["0", "1", "2", "3", "4", "5", "6"] as const;
const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function OpeningHoursList({ periods, timeZone }: { periods: { dayOfWeek: number; opensMinute: number; closesMinute: number }[]; timeZone: string }) {
  const t = useTranslations("menu.hours");
  return (
    <details className="section card">
      <summary>{t("title", { timeZone: timeZone.replace("_", " ") })}</summary>
      <dl className="hours">
        {DAYS.map((day, i) => {
          const today = periods.filter((p) => p.dayOfWeek === i);
          return (
            <div key={day}>
              <dt>{t(`days.${day}`)}</dt>
              <dd>
                {today.length === 0
                  ? t("closed")
                  : today.map((p) => (p.opensMinute === 0 && p.closesMinute === 1440 ? t("allDay") : `${hhmm(p.opensMinute)}–${hhmm(p.closesMinute)}`)).join(", ")}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
