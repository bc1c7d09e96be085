// How every client→server event with an ack is answered: a bad payload or a refusal is an
// ack `{ ok: false, error, code }`, never a crash; an unexpected error is logged with a
// request id, which the ack carries. The socket adapter of lib/errors/describe-error.ts.
import type { Logger } from "@/lib/logger";
import type { Refusal } from "@/lib/realtime/events";
import { describeError } from "@/lib/errors/describe-error";

export function refusal(error: unknown, log: Logger): Refusal {
  const { body } = describeError(error, log, { via: "socket" });
  const fields = Array.isArray(body.details) ? (body.details as { path?: string; message?: string }[]).filter((d) => d.message) : [];
  const message = fields.length ? fields.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join("; ") : body.error;
  return { ok: false, error: message, code: body.code ?? "error", ...(body.requestId ? { requestId: body.requestId } : {}) };
}

/** Runs the request; answers when the client passed an ack (an event without one just runs). */
export function answerAck<T>(ack: unknown, run: () => Promise<T>, log: Logger) {
  void Promise.resolve()
    .then(run)
    .catch((error: unknown) => refusal(error, log))
    .then((result) => {
      if (typeof ack === "function") ack(result);
    })
    .catch((error: unknown) => log.error("socket ack failed", { error }));
}
