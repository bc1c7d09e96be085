import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/auth/schemas";
import { enforceSignUpLimits } from "@/lib/auth/credential-limits";
import { newSignUpLink, SIGN_UP_LINK_LIFETIME_MS } from "@/lib/auth/sign-up-link";
import { appUrl } from "@/lib/env";

/**
 * Starts a customer sign-up, answering the same whether or not the address has an account.
 * A new address gets a link that creates the account when opened (complete-sign-up.ts), so no
 * account exists, and none can be used, before its owner proves the inbox is theirs. A
 * registered address gets a note that someone tried to sign up with it. Both paths cost one
 * password hash; both mails wait in the notifications outbox, written in the same transaction
 * (the worker sends them and captures them in captured_emails).
 */
export async function signUpCustomer(input: unknown, { ip }: { ip: string }): Promise<void> {
  const data = signUpSchema.parse(input);
  await enforceSignUpLimits({ email: data.email, ip });
  const passwordHash = await hashPassword(data.password);
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) {
      await tx.notification.create({
        data: {
          userId: existing.id,
          channel: "EMAIL",
          kind: "sign-up-attempt",
          nextAttemptAt: now,
          subject: "Someone tried to create a Swift Eats account with your address",
          body: [
            "Someone (perhaps you) just tried to create a new Swift Eats account with this email address.",
            "You already have an account, so nothing was changed.",
            `If it was you, sign in here: ${appUrl("/signin")}`,
            "If it was not you, you can ignore this message.",
          ].join("\n\n"),
        },
      });
      return;
    }
    const link = newSignUpLink(data.callbackUrl);
    await tx.emailVerification.create({
      data: { tokenHash: link.tokenHash, email: data.email, name: data.name, passwordHash, expiresAt: new Date(now.getTime() + SIGN_UP_LINK_LIFETIME_MS) },
    });
    await tx.notification.create({
      data: {
        toEmail: data.email,
        channel: "EMAIL",
        kind: "sign-up-link",
        nextAttemptAt: now,
        subject: "Finish creating your Swift Eats account",
        body: [
          `Hi ${data.name},`,
          `Open this link within 24 hours to finish creating your account and sign in:\n${link.url}`,
          "If you did not sign up, ignore this message: no account is created without the link.",
        ].join("\n\n"),
      },
    });
  });
}
