// Alert emails through nodemailer: over SMTP when SMTP_URL is set; otherwise nodemailer's
// JSON transport builds the message without sending it. Either way the caller captures it
// into captured_emails, which the admin outbox page lists.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transporter: Transporter | undefined;

// nodemailer's defaults wait up to 2 min to connect and an hour on a silent socket: a stuck
// mail server would hold the worker's alert job that long. SMTP_TIMEOUT_MS bounds every step
// (DNS, connect, greeting, each command); a send that times out fails and is retried later.
const smtpOptions = (url: string) => ({
  url,
  dnsTimeout: env.SMTP_TIMEOUT_MS,
  connectionTimeout: env.SMTP_TIMEOUT_MS,
  greetingTimeout: env.SMTP_TIMEOUT_MS,
  socketTimeout: env.SMTP_TIMEOUT_MS,
});

function transport(): Transporter {
  transporter ??= env.SMTP_URL ? nodemailer.createTransport(smtpOptions(env.SMTP_URL)) : nodemailer.createTransport({ jsonTransport: true });
  return transporter;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends (or, without SMTP, builds) the email; returns its Message-ID. Throws when the server refuses it. */
export async function sendEmail(email: Email): Promise<{ messageId: string | null }> {
  const info = await transport().sendMail({ from: env.MAIL_FROM, ...email });
  return { messageId: typeof info.messageId === "string" ? info.messageId : null };
}
