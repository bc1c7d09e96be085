const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function OpeningHoursList({ periods, timeZone }: { periods: { dayOfWeek: number; opensMinute: number; closesMinute: number }[]; timeZone: string }) {
  return (
    <details className="section card">
      <summary>Opening hours ({timeZone.replace("_", " ")})</summary>
      <dl className="hours">
        {DAYS.map((day, i) => {
          const today = periods.filter((p) => p.dayOfWeek === i);
          return (
            <div key={day}>
              <dt>{day}</dt>
              <dd>
                {today.length === 0
                  ? "Closed"
                  : today.map((p) => (p.opensMinute === 0 && p.closesMinute === 1440 ? "Open 24 hours" : `${hhmm(p.opensMinute)}–${hhmm(p.closesMinute)}`)).join(", ")}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
