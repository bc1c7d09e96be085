// POST /api/v1/signup – start a customer sign-up: 202 and an emailed link, the same answer
// whether or not the address already has an account (the link creates it and signs in).
import { NextResponse } from "next/server";
import { anonymousRoute, readJson } from "@/lib/api/handler";
import { clientAddress } from "@/lib/http/client-address";
import { signUpCustomer } from "@/lib/auth/sign-up-customer";

export const POST = anonymousRoute(async ({ req }) => {
  await signUpCustomer(await readJson(req), { ip: clientAddress(req.headers) });
  return NextResponse.json({ status: "check_inbox", message: "Check your inbox: we sent you a link to finish signing up." }, { status: 202 });
});
