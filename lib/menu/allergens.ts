// The 14 allergens EU Regulation 1169/2011 (Annex II) requires food businesses to declare,
// by the codes stored on items, options and order lines. Labels are what customers read.
export const ALLERGENS = {
  gluten: "Cereals containing gluten",
  crustaceans: "Crustaceans",
  eggs: "Eggs",
  fish: "Fish",
  peanuts: "Peanuts",
  soy: "Soybeans",
  milk: "Milk",
  nuts: "Tree nuts",
  celery: "Celery",
  mustard: "Mustard",
  sesame: "Sesame",
  sulphites: "Sulphur dioxide and sulphites",
  lupin: "Lupin",
  molluscs: "Molluscs",
} as const;

export type Allergen = keyof typeof ALLERGENS;
export const ALLERGEN_CODES = Object.keys(ALLERGENS) as [Allergen, ...Allergen[]];
