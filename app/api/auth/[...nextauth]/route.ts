// /api/auth/* – next-auth (credentials sign-in, sign-up links, session, sign-out, CSRF).
// A password sign-in refused by the credential limits is answered 429 + Retry-After.
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import type { AppError } from "@/lib/errors/app-error";
import { clientAddress } from "@/lib/http/client-address";
import { authOptionsFor } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptionsFor());

async function signInHandler(req: NextRequest, context: Context) {
  let refusal: AppError | null = null;
  const response: Response = await NextAuth(req, context, authOptionsFor({ ip: clientAddress(req.headers), refused: (error) => (refusal = error) }));
  if (!refusal) return response;
  const { message, code, headers } = refusal as AppError;
  // next-auth's client reads `url` (its ?error=) from every answer of this endpoint.
  const url = new URL("/signin?error=RateLimited", req.url).href;
  return NextResponse.json({ error: message, code, url }, { status: 429, headers });
}

export { handler as GET, signInHandler as POST };
