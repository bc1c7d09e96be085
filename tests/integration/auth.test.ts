import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { signUpCustomer } from "@/lib/auth/sign-up-customer";

const PASSWORD = "a-long-password-1";

describe("customer sign-up", () => {
  it("creates a CUSTOMER with a normalised email and a hashed password", async () => {
    const user = await signUpCustomer({ name: " Ada ", email: "Ada@Example.TEST ", password: PASSWORD });
    expect(user).toMatchObject({ name: "Ada", email: "ada@example.test", role: "CUSTOMER" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await prisma.user.count();
    await expect(signUpCustomer({ name: "", email: "nope", password: "short" })).rejects.toBeInstanceOf(ZodError);
    await expect(signUpCustomer("not an object")).rejects.toBeInstanceOf(ZodError);
    expect(await prisma.user.count()).toBe(before);
  });

  it("lets exactly one of several concurrent sign-ups with one email win; the others get 409", async () => {
    const email = "race@example.test";
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => signUpCustomer({ name: "Racer", email, password: PASSWORD })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
      expect((r as PromiseRejectedResult).reason.status).toBe(409);
    }
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });
});

describe("sign-in", () => {
  it("returns the actor for the right password, whatever the email's case", async () => {
    const user = await signUpCustomer({ name: "Bo", email: "bo@example.test", password: PASSWORD });
    const actor = await authenticateUser({ email: "BO@example.test", password: PASSWORD });
    expect(actor).toEqual({ userId: user.id, role: "CUSTOMER", chainId: null, name: "Bo", email: "bo@example.test" });
  });

  it("returns null for a wrong password, an unknown email or a malformed request", async () => {
    await signUpCustomer({ name: "Cy", email: "cy@example.test", password: PASSWORD });
    expect(await authenticateUser({ email: "cy@example.test", password: "wrong-password" })).toBeNull();
    expect(await authenticateUser({ email: "nobody@example.test", password: PASSWORD })).toBeNull();
    expect(await authenticateUser({ email: "cy@example.test" })).toBeNull();
    expect(await authenticateUser(undefined)).toBeNull();
  });
});
