// The session cookie is read with a key derived once per secret (lib/auth/verify-session-cookie.ts)
// instead of next-auth's per-call derivation: it must accept exactly what next-auth writes.
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdFromToken } from "@/lib/auth/verify-session-cookie";

const secret = "a-secret-of-enough-length-for-tests-0123456789";
const sid = "0b8f6a4e-3f7c-4a7e-9b1e-2d5c8f1a6e3b";

describe("sessionIdFromToken", () => {
  it("reads the session id from a token next-auth encoded, again and again", async () => {
    const token = await encode({ token: { sub: "u", sid }, secret });
    expect(await sessionIdFromToken(token, secret)).toBe(sid);
    expect(await sessionIdFromToken(token, secret)).toBe(sid);
  });

  it("refuses a token encoded with another secret, a tampered one, an expired one and garbage", async () => {
    const other = await encode({ token: { sub: "u", sid }, secret: `${secret}-other` });
    expect(await sessionIdFromToken(other, secret)).toBeNull();
    const token = await encode({ token: { sub: "u", sid }, secret });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionIdFromToken(tampered, secret)).toBeNull();
    const expired = await encode({ token: { sub: "u", sid }, secret, maxAge: -60 });
    expect(await sessionIdFromToken(expired, secret)).toBeNull();
    expect(await sessionIdFromToken("not.a.token", secret)).toBeNull();
    expect(await sessionIdFromToken(undefined, secret)).toBeNull();
  });

  it("answers null when the token names no session id", async () => {
    expect(await sessionIdFromToken(await encode({ token: { sub: "u" }, secret }), secret)).toBeNull();
  });
});
