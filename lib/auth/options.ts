import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { completeSignUp } from "@/lib/auth/complete-sign-up";
import { startSession } from "@/lib/auth/start-session";
import { resolveSession } from "@/lib/auth/resolve-session";
import { revokeSession } from "@/lib/auth/revoke-session";
import { safeRedirectUrl } from "@/lib/auth/safe-callback-url";

/** The sign-in request being handled: the caller's address, and where a 429 refusal goes. */
export interface SignInRequest {
  ip: string;
  refused(error: AppError): void;
}

const toUser = (actor: Actor | null): User | null => actor && { id: actor.userId, name: actor.name, email: actor.email };

/**
 * next-auth with JWT cookies that carry only a session id (plus name and email for display):
 * every reader, here and in server/realtime, checks the sessions row and takes role and scope
 * from the users row, so sign-out and role or password changes take effect at once.
 */
export function authOptionsFor(signIn?: SignInRequest): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
    // The cookie's own expiry slides; the session row's absolute and idle limits are what count.
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          try {
            return toUser(await authenticateUser(credentials, { ip: signIn?.ip ?? "unknown" }));
          } catch (error) {
            if (!(error instanceof AppError) || error.status !== 429 || !signIn) throw error;
            signIn.refused(error);
            return null;
          }
        },
      }),
      CredentialsProvider({
        id: "sign-up-link",
        name: "Sign-up link",
        credentials: { token: { label: "Token", type: "text" } },
        authorize: async (credentials) => toUser(await completeSignUp(credentials?.token)),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { sub: user.id, name: user.name, email: user.email, sid: await startSession(user.id) };
        // /api/auth/session: a revoked or expired session makes next-auth clear the cookie.
        if (!token.sid || !(await resolveSession(token.sid))) throw new Error("Session ended");
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub!, name: token.name ?? "", email: token.email ?? "" };
        return session;
      },
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession(token.sid);
      },
    },
  };
}
