// Translations outside React (emails, the worker's notifications): the same catalogues and ICU
// message format as the pages, in the recipient's language rather than the request's.
import { createTranslator } from "use-intl/core";
import { CATALOGUES, type Messages } from "./catalogues";
import type { Locale } from "./locales";

export function translatorFor<Namespace extends keyof Messages>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace });
}
