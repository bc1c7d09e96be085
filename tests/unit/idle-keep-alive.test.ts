import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, test } from "vitest";
import { keepIdleConnectionsAlive } from "@/lib/http/idle-keep-alive";

const server = keepIdleConnectionsAlive(http.createServer((_req, res) => res.end("ok")));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => {
  agent.destroy();
  server.close();
});

function get(port: number): Promise<{ reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ port, host: "127.0.0.1", agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ reusedSocket: req.reusedSocket }));
    });
    req.on("error", reject);
  });
}

// Node's default closes an idle connection after 5 s; a proxy or client pool reusing it then
// races the close (ECONNRESET). Past that default, the same connection must still be open.
test("an idle keep-alive connection outlives Node's 5 s default", async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  expect((await get(port)).reusedSocket).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  expect((await get(port)).reusedSocket).toBe(true);
});
