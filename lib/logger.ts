// Structured JSON logs, one object per line, to stdout (errors to stderr).
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = process.env.LOG_LEVEL as Level | undefined;
  return ORDER[level ?? "info"] ?? ORDER.info;
}

// Fields never written, at any level and depth: where a person is, and secrets. A log line
// is read by more people, and kept longer, than the rows it describes (SECURITY.md).
const REDACTED_FIELDS = new Set(["lat", "lng", "latitude", "longitude", "password", "cardNumber"]);

function serialize(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

function redact(key: string, value: unknown): unknown {
  if (REDACTED_FIELDS.has(key)) return "[redacted]";
  return typeof value === "bigint" ? value.toString() : value;
}

function write(level: Level, service: string, msg: string, fields: Record<string, unknown> = {}) {
  if (ORDER[level] < threshold()) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, service, msg };
  for (const [key, value] of Object.entries(fields)) entry[key] = serialize(value);
  const line = JSON.stringify(entry, redact);
  (level === "error" ? process.stderr : process.stdout).write(line + "\n");
}

export type Logger = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>;

export function createLogger(service: string): Logger {
  return {
    debug: (msg, fields) => write("debug", service, msg, fields),
    info: (msg, fields) => write("info", service, msg, fields),
    warn: (msg, fields) => write("warn", service, msg, fields),
    error: (msg, fields) => write("error", service, msg, fields),
  };
}

export const logger = createLogger(process.env.SERVICE_NAME ?? "web");
