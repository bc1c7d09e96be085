// next-intl's per-request configuration (wired in next.config.ts): the language negotiated from
// the cookie and Accept-Language, its catalogue, and the demo city's zone as the default for
// dates that carry no outlet of their own. No locale in the URL: links, QR codes and the table
// API keep one address whatever language the person reads.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGUES } from "./catalogues";
import { LOCALE_COOKIE } from "./locales";
import { negotiateLocale } from "./negotiate-locale";

export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return { locale, messages: CATALOGUES[locale], timeZone: DEFAULT_TIME_ZONE };
});
