// Sign-up and sign-in against hostile callers: the limits answer 429 + Retry-After before any
// password hash, the same whether or not an account exists, and sign-up never tells whether
// an address is registered (both get 202; the mail says the rest).
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { errorResponse } from "@/lib/api/errors";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { completeSignUp } from "@/lib/auth/complete-sign-up";
import { hashPassword } from "@/lib/auth/password";
import { signUpCustomer } from "@/lib/auth/sign-up-customer";
import { deliverNotifications } from "@/lib/monitoring/deliver-notifications";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_IP, SIGN_UPS_PER_EMAIL } from "@/lib/ratelimit/rules";
import { POST as signUpRoute } from "@/app/api/v1/signup/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

const PASSWORD = "a-long-password-1";
const freshEmail = (tag: string) => `${tag}-${randomUUID()}@example.test`;
const freshIp = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

async function createUser(email: string, password = PASSWORD) {
  return prisma.user.create({ data: { email, name: "Existing", passwordHash: await hashPassword(password), role: "CUSTOMER" }, omit: { passwordHash: false } });
}

/** POST /api/v1/signup through the real route handler, from address `ip` (as server/web.ts resolved it). */
async function postSignUp(body: unknown, ip: string, headers: Record<string, string> = {}) {
  const req = new NextRequest("http://localhost/api/v1/signup", {
    method: "POST",
    headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: ip, ...headers },
    body: JSON.stringify(body),
  });
  const res = await signUpRoute(req, { params: Promise.resolve({}) });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
}

/** The answer sign-in gives (as errorResponse renders a refusal): 200, 401 or 429 + Retry-After. */
async function signInAnswer(email: string, password: string, ip: string) {
  try {
    return { status: (await authenticateUser({ email, password }, { ip })) ? 200 : 401, retryAfter: null, body: null };
  } catch (error) {
    const res = errorResponse(error);
    return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
  }
}

async function mailsTo(email: string) {
  await deliverNotifications();
  return prisma.capturedEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

const linkToken = (text: string) => new URL(text.match(/https?:\/\/\S+\/signup\/verify\?\S+/)![0]).searchParams.get("token")!;

describe("sign-up", () => {
  it("answers a new and a registered address alike (202); the new one gets a link, the registered one a warning", async () => {
    const registered = freshEmail("registered");
    const user = await createUser(registered);
    const fresh = freshEmail("fresh");
    const ip = freshIp();

    const forRegistered = await postSignUp({ name: "Mallory", email: registered, password: "another-password-1" }, ip);
    const forFresh = await postSignUp({ name: "Nora", email: fresh, password: PASSWORD }, ip);
    expect(forRegistered).toEqual(forFresh);
    expect(forFresh.status).toBe(202);

    // Nothing is created, and the registered account is untouched, until a link is opened.
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash).toBe(user.passwordHash);

    const [warning] = await mailsTo(registered);
    expect(warning).toMatchObject({ subject: "Someone tried to create a Swift Eats account with your address" });
    expect(warning!.text).not.toContain("/signup/verify");
    const [link] = await mailsTo(fresh);
    expect(link).toMatchObject({ subject: "Finish creating your Swift Eats account" });

    // The link creates the account and signs in once; a second use does nothing.
    const actor = await completeSignUp(linkToken(link!.text));
    expect(actor).toMatchObject({ role: "CUSTOMER", name: "Nora", email: fresh });
    expect(await completeSignUp(linkToken(link!.text))).toBeNull();
    expect(await signInAnswer(fresh, PASSWORD, freshIp())).toMatchObject({ status: 200 });
  });

  it("writes each mail in its reader's language: the link in the sign-up's, the note in the account's", async () => {
    const fresh = freshEmail("dutch");
    // A Dutch browser (Accept-Language), and a browser whose switcher chose Dutch (cookie).
    expect((await postSignUp({ name: "Daan", email: fresh, password: PASSWORD }, freshIp(), { "accept-language": "nl-NL,nl;q=0.9,en;q=0.5" })).status).toBe(202);
    const [link] = await mailsTo(fresh);
    expect(link).toMatchObject({ subject: "Maak je Swift Eats-account af" });
    expect(link!.text).toContain("Hoi Daan,");
    await completeSignUp(linkToken(link!.text));
    expect(await prisma.user.findUniqueOrThrow({ where: { email: fresh }, select: { locale: true } })).toEqual({ locale: "nl" });

    const english = await createUser(freshEmail("english"));
    await postSignUp({ name: "Mallory", email: english.email, password: PASSWORD }, freshIp(), { cookie: "NEXT_LOCALE=nl" });
    const [note] = await mailsTo(english.email);
    expect(note).toMatchObject({ subject: "Someone tried to create a Swift Eats account with your address" });
    await postSignUp({ name: "Mallory", email: fresh, password: PASSWORD }, freshIp());
    const [, dutchNote] = await mailsTo(fresh);
    expect(dutchNote!.subject).toBe("Iemand probeerde een Swift Eats-account aan te maken met jouw e-mailadres");
  });

  it("normalises the address and keeps only a hash of the link token", async () => {
    const email = freshEmail("Ada").toUpperCase();
    await signUpCustomer({ name: " Ada ", email: ` ${email} `, password: PASSWORD }, { ip: freshIp(), locale: "en" });
    const pending = await prisma.emailVerification.findFirstOrThrow({ where: { email: email.toLowerCase() } });
    expect(pending.name).toBe("Ada");
    expect(pending.passwordHash).toMatch(/^scrypt\$/);
    const [mail] = await mailsTo(email.toLowerCase());
    expect(mail!.text).not.toContain(pending.tokenHash);
    expect(pending.tokenHash).not.toBe(linkToken(mail!.text));
  });

  it("refuses bad input with 400 field errors and writes nothing", async () => {
    const before = await prisma.emailVerification.count();
    const res = await postSignUp({ name: "", email: "nope", password: "short" }, freshIp());
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(["email", "name", "password"]);
    expect((await postSignUp("not an object", freshIp())).status).toBe(400);
    expect(await prisma.emailVerification.count()).toBe(before);
  });

  it(`limits sign-ups naming one address to ${SIGN_UPS_PER_EMAIL.limit} an hour: 429 + Retry-After, registered or not`, async () => {
    for (const email of [freshEmail("flood"), (await createUser(freshEmail("flood-registered"))).email]) {
      for (let i = 0; i < SIGN_UPS_PER_EMAIL.limit; i++) {
        expect((await postSignUp({ name: "Flood", email, password: PASSWORD }, freshIp())).status).toBe(202);
      }
      const refused = await postSignUp({ name: "Flood", email, password: PASSWORD }, freshIp());
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ code: "rate_limited" });
    }
  });

  it("turns two links of one address, opened at once, into exactly one account", async () => {
    const email = freshEmail("twice");
    await signUpCustomer({ name: "First", email, password: PASSWORD }, { ip: freshIp(), locale: "en" });
    await signUpCustomer({ name: "Second", email, password: "other-password-2" }, { ip: freshIp(), locale: "en" });
    const tokens = (await mailsTo(email)).map((m) => linkToken(m.text));
    expect(tokens).toHaveLength(2);
    const actors = await Promise.all(tokens.map((t) => completeSignUp(t)));
    expect(actors.filter(Boolean)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.emailVerification.count({ where: { email } })).toBe(0);
  });

  it("refuses an expired link", async () => {
    const email = freshEmail("late");
    await signUpCustomer({ name: "Late", email, password: PASSWORD }, { ip: freshIp(), locale: "en" });
    const [mail] = await mailsTo(email);
    expect(await completeSignUp(linkToken(mail!.text), new Date(Date.now() + 25 * 3600_000))).toBeNull();
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await completeSignUp("not-a-token")).toBeNull();
  });
});

describe("sign-in", () => {
  it("returns the actor for the right password, whatever the email's case", async () => {
    const email = freshEmail("bo");
    const user = await createUser(email);
    const actor = await authenticateUser({ email: email.toUpperCase(), password: PASSWORD }, { ip: freshIp() });
    expect(actor).toEqual({ userId: user.id, role: "CUSTOMER", chainId: null, name: "Existing", email });
  });

  it("returns null for a wrong password, an unknown email or a malformed request", async () => {
    const email = freshEmail("cy");
    await createUser(email);
    const ip = freshIp();
    expect(await authenticateUser({ email, password: "wrong-password" }, { ip })).toBeNull();
    expect(await authenticateUser({ email: freshEmail("nobody"), password: PASSWORD }, { ip })).toBeNull();
    expect(await authenticateUser({ email }, { ip })).toBeNull();
    expect(await authenticateUser(undefined, { ip })).toBeNull();
  });

  const N = SIGN_IN_FAILURES_PER_ACCOUNT.limit;

  it(`answers 429 + Retry-After after ${N} wrong passwords for one account, the same for an unknown account`, async () => {
    const existing = freshEmail("victim");
    await createUser(existing);
    const unknown = freshEmail("ghost");
    const answers = [];
    for (const email of [existing, unknown]) {
      // From a different address each time: the account's own limit is what trips.
      for (let i = 0; i < N; i++) expect((await signInAnswer(email, `wrong-${i}`, freshIp())).status).toBe(401);
      answers.push(await signInAnswer(email, "wrong-again", freshIp()));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body).toMatchObject({ code: "rate_limited" });
    // Locked means locked: the right password is refused too until the window passes.
    expect((await signInAnswer(existing, PASSWORD, freshIp())).status).toBe(429);
  });

  it(`lets at most ${N} of 60 parallel guesses at one account reach the password check`, async () => {
    const email = freshEmail("burst");
    await createUser(email);
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => signInAnswer(email, `guess-${i}`, ip)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(N);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(60 - N);
  });

  it("forgets an account's failures after a correct password", async () => {
    const email = freshEmail("typo");
    await createUser(email);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < N - 1; i++) expect((await signInAnswer(email, "typo", freshIp())).status).toBe(401);
      expect((await signInAnswer(email, PASSWORD, freshIp())).status).toBe(200);
    }
  });

  it(`answers 429 + Retry-After to an address after ${SIGN_IN_FAILURES_PER_IP.limit} wrong passwords over any accounts`, async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP.limit; i++) {
      expect((await signInAnswer(freshEmail("spray"), "spray-password", ip)).status).toBe(401);
    }
    const refused = await signInAnswer(freshEmail("spray"), "spray-password", ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await signInAnswer(freshEmail("spray"), "spray-password", freshIp())).status).toBe(401);
    // 52 memory-hard hashes in a row: a minute and more on a loaded machine (a hang guard, not a speed check).
  }, 300_000);
});
