// Finds English left on a page rendered in Dutch: every fixed piece of text in the English
// catalogue (the literal parts of its ICU messages) that the page still shows, in its text, its
// accessible names or its placeholders. Pieces the Dutch catalogue uses too ("Swift Eats",
// "Menu", "OK") are not English left. Data (dish and restaurant names) is not in the catalogue;
// text marked translate="no" (a sent mail, a reason as staff typed it) is not looked at.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Page } from "@playwright/test";
import { CATALOGUES } from "@/lib/i18n/catalogues";

type Tree = { [key: string]: string | Tree };

function messages(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : messages(v)));
}

function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.literal) return [el.value];
    if (el.type === TYPE.tag) return literals(el.children);
    if (el.type === TYPE.plural || el.type === TYPE.select) return Object.values(el.options).flatMap((o) => literals(o.value));
    return [];
  });
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();
const words = (s: string) => s.split(" ").filter((w) => /\p{L}{2,}/u.test(w)).length;

function fragments(tree: Tree): Set<string> {
  return new Set(messages(tree).flatMap((m) => literals(parse(m, { ignoreTag: false }))).map(normalise).filter((f) => /\p{L}{3,}/u.test(f)));
}

const dutchFragments = fragments(CATALOGUES.nl as unknown as Tree);
const dutchText = [...dutchFragments].join("\n");
/** English pieces that would give the page away: one word only when it stands alone in a text node. */
const english = [...fragments(CATALOGUES.en as unknown as Tree)].filter((f) => !dutchFragments.has(f) && !dutchText.includes(f));
const phrases = english.filter((f) => words(f) >= 2);
const singleWords = new Set(english.filter((f) => words(f) < 2));

/** The English catalogue pieces `page` shows; empty when it is all Dutch (or data). */
export async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // translate="no": text declared a record or data in its own words (a sent mail, a reason staff typed).
      if (!parent || parent.closest("script, style, noscript, [hidden], [aria-hidden='true'], [translate='no']")) continue;
      if (parent.getClientRects().length === 0 && !parent.closest(".visually-hidden")) continue;
      out.push(node.textContent ?? "");
    }
    for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")) {
      if (el.closest("[translate='no']")) continue;
      for (const attr of ["aria-label", "placeholder", "title", "alt"]) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
  const nodes = texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
  const whole = nodes.join(" \n ");
  const found = new Set<string>();
  for (const phrase of phrases) if (whole.includes(phrase)) found.add(phrase);
  for (const node of nodes) if (singleWords.has(node) || singleWords.has(node.replace(/[.:!?…]+$/, ""))) found.add(node);
  return [...found];
}
