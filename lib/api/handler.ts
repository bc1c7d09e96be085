// The thin adapter every route handler goes through: who is calling, are they allowed, is
// the request from our own pages, and one error shape for whatever goes wrong.
import type { NextRequest } from "next/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { actorFromCookieHeader } from "@/lib/auth/verify-session-cookie";
import { errorResponse } from "@/lib/api/errors";
import { AppError, forbidden, unauthorized } from "@/lib/errors/app-error";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { assertCleanInput } from "@/lib/http/clean-input";
import { readBody } from "@/lib/http/read-body";
import { carriesCredentialHeader, isForeignOriginWrite } from "@/lib/http/same-origin";

interface Context<P, A> {
  req: NextRequest;
  params: P;
  actor: A;
}

type Handler<P, A> = (ctx: Context<P, A>) => Promise<Response>;
type RouteArgs<P> = [NextRequest, { params: Promise<P> }];

/** Runs a route: refuses foreign-origin writes and bad query text, answers errors in one shape. */
export function apiRoute<P>(handler: (req: NextRequest, params: P) => Promise<Response>) {
  return async (...[req, route]: RouteArgs<P>) => {
    try {
      if (isForeignOriginWrite(req.method, req.headers)) throw new AppError(403, "Requests from other sites are not accepted", "forbidden_origin");
      assertCleanInput(Object.fromEntries(req.nextUrl.searchParams));
      return await handler(req, await route.params);
    } catch (error) {
      return errorResponse(error, { method: req.method, path: req.nextUrl.pathname });
    }
  };
}

/**
 * A route anyone may call that does not care who calls: no session cookie is decoded and no
 * sessions row is read, so hot public reads (menu, browse, search) pay nothing for signed-in
 * callers and their answers cannot depend on who asked (safe for a shared cache).
 */
export function anonymousRoute<P = Record<string, never>>(handler: (ctx: { req: NextRequest; params: P }) => Promise<Response>) {
  return apiRoute<P>((req, params) => handler({ req, params }));
}

/** A route anyone may call that treats signed-in callers apart; `actor` is null when signed out (or the session was revoked or expired). */
export function publicRoute<P = Record<string, never>>(handler: Handler<P, Actor | null>) {
  return apiRoute<P>(async (req, params) => {
    // Read from the request itself, so a handler is callable (and testable) with just a Request.
    const actor = await actorFromCookieHeader(req.headers.get("cookie") ?? undefined, env.NEXTAUTH_SECRET);
    return handler({ req, params, actor });
  });
}

/** A route for signed-in users of the given roles: 401 when signed out, 403 for other roles. */
export function protectedRoute<P = Record<string, never>>(roles: readonly Role[], handler: Handler<P, Actor>) {
  return publicRoute<P>(async ({ req, params, actor }) => {
    if (!actor) throw unauthorized();
    if (!roles.includes(actor.role)) throw forbidden();
    return handler({ req, params, actor });
  });
}

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/**
 * Reads a JSON body: at most `limit` bytes (413 while streaming), declared as JSON (415:
 * a cross-site form can send text/plain with cookies, never application/json), valid UTF-8
 * JSON (400), no NUL or lone surrogates and no deeper nesting than we accept (400, naming
 * the field). Clients that send a credential header instead of cookies are not made to
 * declare it (seed 004 tablets: the contract is older than this rule).
 */
export async function readJson(req: Request, limit: number = BODY_LIMITS.json): Promise<unknown> {
  if (!JSON_TYPE.test(req.headers.get("content-type") ?? "") && !carriesCredentialHeader(req.headers)) {
    throw new AppError(415, "Send the body as application/json", "unsupported_media_type");
  }
  const bytes = await readBody(req, limit);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError(400, "Request body must be valid JSON", "invalid_json");
  }
  assertCleanInput(value);
  return value;
}
