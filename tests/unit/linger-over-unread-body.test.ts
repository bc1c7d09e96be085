// A `Connection: close` answer sent before the body was read reaches a client still sending it
// (without lingering it got EPIPE: 64 MB is more than loopback's buffers take), and a client
// that keeps sending past the lingering time is cut off. Real sockets on loopback.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { lingerOverUnreadBody } from "@/lib/http/linger-over-unread-body";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server answering 413 at once, without reading the body (as readBody does on a declared length over its limit). */
async function refusingServer(lingerMs: number): Promise<number> {
  const server = http.createServer((req, res) => {
    lingerOverUnreadBody(req, res, lingerMs);
    res.writeHead(413, { "content-type": "application/json", connection: "close" }).end('{"error":"too large"}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe("lingerOverUnreadBody", () => {
  it("lets a client finish sending a body far larger than the socket buffers, then gives it the answer", async () => {
    const port = await refusingServer(5_000);
    const body = Buffer.alloc(64 * 1024 * 1024, 0x20);
    // Everything the exchange gave once it is over: a reset can come after the answer was read.
    const exchange = await new Promise<{ status?: number; text: string; connection?: string; sentAll: boolean; error?: string }>((resolve) => {
      const seen: { status?: number; text: string; connection?: string; error?: string } = { text: "" };
      const req = http.request({ port, host: "127.0.0.1", method: "POST", headers: { "content-length": body.length } }, (res) => {
        seen.status = res.statusCode;
        seen.connection = res.headers.connection;
        res.on("data", (chunk: Buffer) => (seen.text += chunk));
      });
      req.on("error", (error: NodeJS.ErrnoException) => (seen.error = error.code));
      req.on("close", () => resolve({ ...seen, sentAll: req.writableFinished }));
      req.end(body);
    });
    expect(exchange).toEqual({ status: 413, text: '{"error":"too large"}', connection: "close", sentAll: true });
  });

  it("cuts off a client still sending once the lingering time is over", async () => {
    const port = await refusingServer(300);
    // A raw socket that keeps its side open after the answer and drips its body for far longer than the server lingers.
    const outcome = await new Promise<{ answer: string; ended: string }>((resolve) => {
      let answer = "";
      const socket = net.connect({ port, host: "127.0.0.1", allowHalfOpen: true }, () => {
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n");
      });
      const drip = setInterval(() => socket.write(Buffer.alloc(1024, 0x20)), 20);
      const finish = (ended: string) => {
        clearInterval(drip);
        clearTimeout(guard);
        socket.destroy();
        resolve({ answer, ended });
      };
      const guard = setTimeout(() => finish("still open after 10 s"), 10_000);
      socket.on("data", (chunk: Buffer) => (answer += chunk));
      socket.on("error", (error: NodeJS.ErrnoException) => finish(error.code ?? "error"));
      socket.on("close", () => finish("closed"));
    });
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.ended).not.toBe("still open after 10 s");
  });
});
