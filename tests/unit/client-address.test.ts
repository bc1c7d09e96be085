import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { compileTrust, resolveClientAddress } from "@/lib/http/client-address";

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage;

describe("client address", () => {
  it("without TRUSTED_PROXIES only the peer counts: a client cannot pick its bucket with X-Forwarded-For", () => {
    const trust = compileTrust(undefined);
    expect(resolveClientAddress(request("203.0.113.7", "1.2.3.4"), trust)).toBe("203.0.113.7");
    expect(resolveClientAddress(request("203.0.113.7"), trust)).toBe("203.0.113.7");
  });

  it("behind a trusted proxy (address or CIDR) the hop before it counts, not the client-written first hop", () => {
    const trust = compileTrust("10.0.0.0/8, 127.0.0.1");
    // The client wrote 1.2.3.4; our proxy 10.0.0.5 appended the real peer 198.51.100.9.
    expect(resolveClientAddress(request("10.0.0.5", "1.2.3.4, 198.51.100.9"), trust)).toBe("198.51.100.9");
    // A peer that is not our proxy is the client, whatever it claims.
    expect(resolveClientAddress(request("198.51.100.9", "1.2.3.4"), trust)).toBe("198.51.100.9");
  });

  it("a hop count trusts exactly that many proxies", () => {
    const trust = compileTrust("2");
    expect(resolveClientAddress(request("10.0.0.5", "1.2.3.4, 198.51.100.9, 10.0.0.9"), trust)).toBe("198.51.100.9");
  });
});
