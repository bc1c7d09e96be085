// POST /api/v1/signup – start a customer sign-up: 202 and an emailed link, the same answer
// whether or not the address already has an account (the link creates it and signs in).
import { NextResponse } from "next/server";
import { anonymousRoute, readJson } from "@/lib/api/handler";
import { clientAddress } from "@/lib/http/client-address";
import { signUpCustomer } from "@/lib/auth/sign-up-customer";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

export const POST = anonymousRoute(async ({ req }) => {
  // The link mail and the account speak the language the person signed up in.
  const locale = negotiateLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
  await signUpCustomer(await readJson(req), { ip: clientAddress(req.headers), locale });
  return NextResponse.json({ status: "check_inbox", message: "Check your inbox: we sent you a link to finish signing up." }, { status: 202 });
});
