// How every client→server event with an ack is answered: a bad payload or a refusal is an
// ack `{ ok: false, error, code }`, never a crash; an unexpected error is logged.
import { ZodError } from "zod";
import { AppError } from "@/lib/api/errors";
import type { Logger } from "@/lib/logger";
import type { Refusal } from "@/lib/realtime/events";

export function refusal(error: unknown, log: Logger): Refusal {
  if (error instanceof ZodError) {
    const message = error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    return { ok: false, error: message, code: "invalid_request" };
  }
  if (error instanceof AppError) return { ok: false, error: error.message, code: error.code ?? "error" };
  log.error("socket request failed", { error });
  return { ok: false, error: "Internal error", code: "internal" };
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
