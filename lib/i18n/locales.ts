// The languages Swift Eats speaks. English is the fallback; Dutch because the demo city is
// Amsterdam. The chosen language lives in a cookie (and, for a signed-in person, on their
// user row so emails and notifications reach them in it).
export const LOCALES = ["en", "nl"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", nl: "Nederlands" };

/** The regional tag Intl formats money and dates with (euros as written in Ireland / the Netherlands). */
export const FORMAT_TAGS: Record<Locale, string> = { en: "en-IE", nl: "nl-NL" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
