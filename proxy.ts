// Runs before Next.js decodes a server action's arguments (React's reply decoder recurses,
// so 20,000-deep JSON would overflow its stack and answer 500): too deep is a 400 here.
// Only requests that call a server action pass through (see `config`).
import { NextResponse, type NextRequest } from "next/server";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "@/lib/http/clean-input";

export async function proxy(req: NextRequest) {
  // Next hands the proxy a copy of the body; the action still reads the original.
  if (nestsDeeperThan(await req.text())) {
    const message = `The input nests deeper than ${MAX_JSON_DEPTH} levels`;
    return NextResponse.json({ error: message, code: "too_deep", details: [{ path: "arguments", message }] }, { status: 400 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] }],
};
