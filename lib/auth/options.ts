import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Role } from "@/lib/generated/prisma/enums";
import { authenticateUser } from "@/lib/auth/authenticate-user";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

// Stateless JWT sessions: the same cookie is verified by server/realtime to authenticate sockets.
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const actor = await authenticateUser(credentials);
        if (!actor) return null;
        return { id: actor.userId, name: actor.name, email: actor.email, role: actor.role, chainId: actor.chainId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.chainId = user.chainId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub!,
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role as Role,
        chainId: (token.chainId as string | null) ?? null,
      };
      return session;
    },
  },
};
