// An answer may go out before the client has sent all of its body: a 413 on a declared
// length, a refused origin. Node ends such a `Connection: close` answer's socket by destroying
// it as soon as the answer is flushed (Socket#destroySoon), and the bytes the client is still
// sending then meet a closed socket: the kernel resets the connection, and the client may see
// the reset (EPIPE, a browser's "Failed to fetch") instead of the answer (RFC 9112 §9.6; a
// 3 MB body got EPIPE in CI's boundary fuzz). So, as nginx's lingering close: only the writing
// side closes, and the rest of the body is read and discarded until it ends, the client
// closes, or `lingerMs` is over.
import type { IncomingMessage, ServerResponse } from "node:http";

export const LINGER_MS = 5_000;

export function lingerOverUnreadBody(req: IncomingMessage, res: ServerResponse, lingerMs = LINGER_MS): void {
  const socket = req.socket;
  // Runs after Node's own end-of-answer handling, which was registered before the request was handed over.
  res.once("finish", () => {
    if (req.complete || socket.destroyed) return;
    // A closing answer has ended the socket's writing side by now (destroySoon).
    const closing = socket.writableEnded;
    if (closing) socket.removeListener("finish", socket.destroy);
    const cutOff = setTimeout(() => socket.destroy(), lingerMs);
    socket.once("close", () => clearTimeout(cutOff));
    req.once("end", () => {
      clearTimeout(cutOff);
      if (closing) socket.destroySoon();
    });
    req.removeAllListeners("data");
    req.resume();
  });
}
