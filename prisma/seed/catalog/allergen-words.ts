// The demo's allergens, read from what each dish says it is made of: a hand-written list for
// ~1,000 dishes would drift from their descriptions. Words are matched whole, lower-case; a
// dish tagged gluten-free or vegan never gets gluten or animal allergens from its words.
import type { Allergen } from "@/lib/menu/allergens";

const WORDS: Record<Allergen, RegExp> = {
  gluten: /\b(bread|bun|brioche|focaccia|sourdough|pasta|spaghetti|tagliatelle|penne|lasagne|gnocchi|pizza|calzone|naan|roti|paratha|pita|wrap|tortilla|noodles?|ramen|udon|tempura|panko|batter(ed)?|breaded|crumb|flour|wheat|seitan|couscous|bulgur|croissant|pancakes?|waffles?|cake|brownie|cookie|savoiardi|cannoli|churros|dumplings?|gyoza|bao|soy sauce|teriyaki|beer)\b/,
  crustaceans: /\b(prawns?|shrimps?|crab|lobster|langoustine|scampi)\b/,
  eggs: /\b(eggs?|mayo|mayonnaise|aioli|tamago|carbonara|meringue|brioche|pancakes?|waffles?|custard)\b/,
  fish: /\b(fish|tuna|salmon|sake|anchov(y|ies)|cod|mackerel|sea bream|yellowtail|sardines?|bonito|dashi|fish sauce)\b/,
  peanuts: /\b(peanuts?|satay)\b/,
  soy: /\b(soy|soya|tofu|edamame|miso|teriyaki|tempeh|gochujang)\b/,
  milk: /\b(cheese|cheddar|mozzarella|fior di latte|burrata|ricotta|parmigiano|parmesan|gorgonzola|taleggio|provola|halloumi|feta|paneer|mascarpone|cream|creamy|butter|buttermilk|milk|yoghurt|yogurt|tzatziki|ghee|panna|latte|shake|soft-serve|labneh|raita|korma|makhani)\b/,
  nuts: /\b(almonds?|hazelnuts?|walnuts?|cashews?|pistachios?|pecans?|pesto|nutella|praline|frangipane)\b/,
  celery: /\b(celery|celeriac)\b/,
  mustard: /\b(mustard|honey-mustard|dijon)\b/,
  sesame: /\b(sesame|tahini|hummus|houmous|furikake)\b/,
  sulphites: /\b(wine|vinegar|balsamic|dried apricots?|raisins)\b/,
  lupin: /\b(lupin)\b/,
  molluscs: /\b(mussels?|squid|calamari|octopus|clams?|oysters?|scallops?)\b/,
};

const ANIMAL: ReadonlySet<Allergen> = new Set(["crustaceans", "eggs", "fish", "milk", "molluscs"]);

/**
 * A dish's allergens: those its words give away and those its category usually has (a pizza
 * base: gluten), less what its tags rule out, plus any written on the dish itself.
 */
export function allergensOf(
  dish: { name: string; description: string; tags: readonly string[] },
  usual: readonly Allergen[] = [],
  explicit: readonly Allergen[] = [],
): string[] {
  const text = `${dish.name} ${dish.description}`.toLowerCase();
  const found = (Object.keys(WORDS) as Allergen[]).filter((code) => WORDS[code].test(text));
  const ruledOut = (code: Allergen) => (code === "gluten" && dish.tags.includes("gluten-free")) || (ANIMAL.has(code) && dish.tags.includes("vegan"));
  return [...new Set([...[...found, ...usual].filter((code) => !ruledOut(code)), ...explicit])].sort();
}
