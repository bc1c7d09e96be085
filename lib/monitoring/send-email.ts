// Alert emails through nodemailer: over SMTP when SMTP_URL is set; otherwise nodemailer's
// JSON transport builds the message without sending it. Either way the caller captures it
// into captured_emails, which the admin outbox page lists.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transporter: Transporter | undefined;

function transport(): Transporter {
  transporter ??= env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true });
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
