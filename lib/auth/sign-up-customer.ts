import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/auth/schemas";
import { enforceSignUpLimits } from "@/lib/auth/credential-limits";
import { newSignUpLink, SIGN_UP_LINK_LIFETIME_MS } from "@/lib/auth/sign-up-link";
import { appUrl } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/create-translator";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Starts a customer sign-up, answering the same whether or not the address has an account.
 * A new address gets a link that creates the account when opened (complete-sign-up.ts), so no
 * account exists, and none can be used, before its owner proves the inbox is theirs. A
 * registered address gets a note that someone tried to sign up with it. Both paths cost one
 * password hash; both mails wait in the notifications outbox, written in the same transaction
 * (the worker sends them and captures them in captured_emails). Each is written in its reader's
 * language: the link in the one the sign-up was made in (`locale`, which the account keeps), the
 * note in the one the existing account reads Swift Eats in.
 */
export async function signUpCustomer(input: unknown, { ip, locale }: { ip: string; locale: Locale }): Promise<void> {
  const data = signUpSchema.parse(input);
  await enforceSignUpLimits({ email: data.email, ip });
  const passwordHash = await hashPassword(data.password);
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true, locale: true } });
    if (existing) {
      const t = translatorFor(isLocale(existing.locale) ? existing.locale : locale, "auth");
      await tx.notification.create({
        data: {
          userId: existing.id,
          channel: "EMAIL",
          kind: "sign-up-attempt",
          nextAttemptAt: now,
          subject: t("email.attempt.subject"),
          body: [t("email.attempt.tried"), t("email.attempt.unchanged"), t("email.attempt.signIn", { url: appUrl("/signin") }), t("email.attempt.ignore")].join("\n\n"),
        },
      });
      return;
    }
    const link = newSignUpLink(data.callbackUrl);
    await tx.emailVerification.create({
      data: { tokenHash: link.tokenHash, email: data.email, name: data.name, passwordHash, locale, expiresAt: new Date(now.getTime() + SIGN_UP_LINK_LIFETIME_MS) },
    });
    const t = translatorFor(locale, "auth");
    await tx.notification.create({
      data: {
        toEmail: data.email,
        channel: "EMAIL",
        kind: "sign-up-link",
        nextAttemptAt: now,
        subject: t("email.link.subject"),
        body: [t("email.link.greeting", { name: data.name }), t("email.link.open", { url: link.url }), t("email.link.ignore")].join("\n\n"),
      },
    });
  });
}
