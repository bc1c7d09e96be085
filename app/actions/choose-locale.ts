"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { rememberLocale } from "@/lib/i18n/remember-locale";

const ONE_YEAR_S = 365 * 24 * 3600;

/** The language switcher's action: anything but a known locale is refused (the select offers no other). */
export async function chooseLocale(input: unknown): Promise<{ ok: boolean }> {
  const parsed = z.enum(LOCALES).safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax" });
  await rememberLocale(await getActor(), parsed.data);
  return { ok: true };
}
