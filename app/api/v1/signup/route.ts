// POST /api/v1/signup – create a customer account (then sign in through next-auth).
import { NextResponse } from "next/server";
import { publicRoute, readJson } from "@/lib/api/handler";
import { signUpCustomer } from "@/lib/auth/sign-up-customer";

export const POST = publicRoute(async ({ req }) => {
  const user = await signUpCustomer(await readJson(req));
  return NextResponse.json({ user }, { status: 201 });
});
