// POST /api/v1/signup – start a customer sign-up: 202 and an emailed link, the same answer
// whether or not the address already has an account (the link creates it and signs in).
import { NextResponse } from "next/server";
import { publicRoute, readJson } from "@/lib/api/handler";
import { clientIp } from "@/lib/api/client-ip";
import { signUpCustomer } from "@/lib/auth/sign-up-customer";

export const POST = publicRoute(async ({ req }) => {
  await signUpCustomer(await readJson(req), { ip: clientIp(req) });
  return NextResponse.json({ status: "check_inbox", message: "Check your inbox: we sent you a link to finish signing up." }, { status: 202 });
});
