// The thin adapter every route handler goes through: who is calling, are they allowed,
// and one error shape for whatever goes wrong.
import type { NextRequest } from "next/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { actorFromCookieHeader } from "@/lib/auth/verify-session-cookie";
import { AppError, errorResponse, forbidden, unauthorized } from "@/lib/api/errors";

interface Context<P, A> {
  req: NextRequest;
  params: P;
  actor: A;
}

type Handler<P, A> = (ctx: Context<P, A>) => Promise<Response>;
type RouteArgs<P> = [NextRequest, { params: Promise<P> }];

/** A route anyone may call; `actor` is null when signed out (or the session was revoked or expired). */
export function publicRoute<P = Record<string, never>>(handler: Handler<P, Actor | null>) {
  return async (...[req, route]: RouteArgs<P>) => {
    try {
      // Read from the request itself, so a handler is callable (and testable) with just a Request.
      const actor = await actorFromCookieHeader(req.headers.get("cookie") ?? undefined, env.NEXTAUTH_SECRET);
      return await handler({ req, params: await route.params, actor });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A route for signed-in users of the given roles: 401 when signed out, 403 for other roles. */
export function protectedRoute<P = Record<string, never>>(roles: readonly Role[], handler: Handler<P, Actor>) {
  return publicRoute<P>(async ({ req, params, actor }) => {
    if (!actor) throw unauthorized();
    if (!roles.includes(actor.role)) throw forbidden();
    return handler({ req, params, actor });
  });
}

/** Parses a JSON body; a malformed one is the caller's fault (400), not ours. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError(400, "Request body must be valid JSON", "invalid_json");
  }
}
