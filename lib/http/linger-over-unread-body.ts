// An answer may go out before the client has sent all of its body: a 413 on a declared
// length, a refused origin. Closing the connection then makes the bytes the client is still
// sending hit a closed socket, and the client sees a reset (EPIPE, a browser's "Failed to
// fetch") instead of the answer: a 3 MB body got EPIPE in CI. As nginx's lingering close, the
// connection stays open while the rest is read and discarded, for at most `lingerMs` after the
// answer; a client still sending then is cut off. Node's own handling (dump the body and keep
// the connection alive) has no such bound, and is skipped when something already listens to
// the request's data, as Next.js's body stream may.
import type { IncomingMessage, ServerResponse } from "node:http";

export const LINGER_MS = 5_000;

export function lingerOverUnreadBody(req: IncomingMessage, res: ServerResponse, lingerMs = LINGER_MS): void {
  res.once("finish", () => {
    if (req.complete) return;
    const cutOff = setTimeout(() => req.socket.destroy(), lingerMs);
    const stop = () => clearTimeout(cutOff);
    req.once("end", stop);
    req.socket.once("close", stop);
    req.removeAllListeners("data");
    req.resume();
  });
}
