// The dietary tags a customer can filter by (the catalogue's browse.diets names each): the
// same four the seed derives for outlets (prisma/seed/build-demo-plan.ts).
export const DIETS = ["vegetarian", "vegan", "gluten-free", "halal"] as const;
export type Diet = (typeof DIETS)[number];

export const isDiet = (tag: string): tag is Diet => (DIETS as readonly string[]).includes(tag);
