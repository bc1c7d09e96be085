import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { actorFromCookieHeader, actorFromSessionToken } from "@/lib/auth/verify-session-cookie";

const SECRET = "unit-test-secret-unit-test-secret-000";
const claims = { sub: "5f0c8e1e-1111-4222-8333-444455556666", role: "DRIVER" as const, chainId: null, name: "Dee", email: "d@x.test" };

describe("session token verification (used by server/realtime)", () => {
  it("turns a valid next-auth token into the actor", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await actorFromSessionToken(token, SECRET)).toEqual({
      userId: claims.sub,
      role: "DRIVER",
      chainId: null,
      name: "Dee",
      email: "d@x.test",
    });
  });

  it("reads the token from either session cookie name in a cookie header", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const header = `theme=dark; next-auth.session-token=${token}; other=1`;
    expect((await actorFromCookieHeader(header, SECRET))?.userId).toBe(claims.sub);
    expect((await actorFromCookieHeader(`__Secure-next-auth.session-token=${token}`, SECRET))?.role).toBe("DRIVER");
  });

  it("refuses tokens signed with another secret, forged, expired, or without a role", async () => {
    const other = await encode({ token: claims, secret: "another-secret-another-secret-0000000" });
    expect(await actorFromSessionToken(other, SECRET)).toBeNull();
    expect(await actorFromSessionToken("forged.token", SECRET)).toBeNull();
    expect(await actorFromSessionToken(undefined, SECRET)).toBeNull();
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -10 });
    expect(await actorFromSessionToken(expired, SECRET)).toBeNull();
    const roleless = await encode({ token: { sub: claims.sub }, secret: SECRET });
    expect(await actorFromSessionToken(roleless, SECRET)).toBeNull();
    expect(await actorFromCookieHeader(undefined, SECRET)).toBeNull();
  });
});
