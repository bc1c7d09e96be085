// An answer sent before the body was read reaches a client still sending it (not a reset),
// and a client that keeps sending past the lingering time is cut off. Real sockets on loopback.
import http from "node:http";
import type { AddressInfo } from "node:net";
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
    res.writeHead(413, { "content-type": "application/json" }).end('{"error":"too large"}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe("lingerOverUnreadBody", () => {
  it("lets a client finish sending a body far larger than the socket buffers, then gives it the answer", async () => {
    const port = await refusingServer(5_000);
    const body = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ port, host: "127.0.0.1", method: "POST", headers: { "content-length": body.length } }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, text }));
      });
      req.on("error", reject);
      req.end(body);
    });
    expect(answer).toEqual({ status: 413, text: '{"error":"too large"}' });
  });

  it("cuts off a client still sending once the lingering time is over", async () => {
    const port = await refusingServer(300);
    const ended = await new Promise<string>((resolve) => {
      const req = http.request({ port, host: "127.0.0.1", method: "POST", headers: { "content-length": 1_000_000_000 } });
      // A slow sender: one small chunk every 20 ms, for far longer than the server lingers.
      const drip = setInterval(() => req.write(Buffer.alloc(1024, 0x20)), 20);
      const finish = (how: string) => {
        clearInterval(drip);
        resolve(how);
      };
      req.on("error", (error: NodeJS.ErrnoException) => finish(error.code ?? "error"));
      req.on("close", () => finish("closed"));
      setTimeout(() => finish("still open after 10 s"), 10_000);
    });
    expect(ended).not.toBe("still open after 10 s");
  });
});
