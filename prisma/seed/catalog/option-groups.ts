// The demo's option groups: the choices real menus ask for. Required groups (minSelect > 0)
// are only on dishes the demo adds for them ("Pizza a Modo Tuo", "Build Your Stack", ...):
// journeys that add other dishes without choosing keep working.
import type { OptionGroupSpec } from "./types";

export const PIZZA_SIZE: OptionGroupSpec = {
  name: "Size",
  minSelect: 1,
  maxSelect: 1,
  options: [
    ["Small 25 cm", -250],
    ["Medium 30 cm", 0, { isDefault: true }],
    ["Large 35 cm", 350],
    ["Famiglia 45 cm", 900],
  ],
};

export const PIZZA_EXTRAS: OptionGroupSpec = {
  name: "Extras",
  minSelect: 0,
  maxSelect: 5,
  options: [
    ["Extra mozzarella", 150, { allergens: ["milk"] }],
    ["Burrata", 350, { allergens: ["milk"] }],
    ["Salame piccante", 200, { voidsDiet: ["vegetarian", "vegan"] }],
    ["Prosciutto crudo", 250, { voidsDiet: ["vegetarian", "vegan"] }],
    ["Anchovies", 150, { allergens: ["fish"], voidsDiet: ["vegetarian", "vegan"] }],
    ["Mushrooms", 100],
    ["Rocket", 75],
    ["Olives", 100],
    ["Chilli oil", 50],
  ],
};

export const PIZZA_CRUST: OptionGroupSpec = {
  name: "Crust",
  minSelect: 0,
  maxSelect: 1,
  options: [
    ["Classic", 0, { isDefault: true }],
    ["Stuffed with ricotta", 250, { allergens: ["milk"] }],
  ],
};

export const BURGER_DONENESS: OptionGroupSpec = {
  name: "Doneness",
  minSelect: 1,
  maxSelect: 1,
  options: [
    ["Medium rare", 0],
    ["Medium", 0, { isDefault: true }],
    ["Well done", 0],
  ],
};

export const BURGER_SIDE: OptionGroupSpec = {
  name: "Make it a meal",
  minSelect: 0,
  maxSelect: 1,
  options: [
    ["Fries", 295],
    ["Sweet potato fries", 350],
    ["Onion rings", 350, { allergens: ["gluten"] }],
    ["Side salad", 250, { allergens: ["mustard"] }],
  ],
};

export const BURGER_EXTRAS: OptionGroupSpec = {
  name: "Add-ons",
  minSelect: 0,
  maxSelect: 4,
  options: [
    ["Extra patty", 350, { voidsDiet: ["vegetarian", "vegan"] }],
    ["Bacon", 200, { voidsDiet: ["vegetarian", "vegan"] }],
    ["Cheddar", 100, { allergens: ["milk"], voidsDiet: ["vegan"] }],
    ["Fried egg", 150, { allergens: ["eggs"], voidsDiet: ["vegan"] }],
    ["Jalapeños", 75],
    ["No onion", 0],
  ],
};

export const BURGER_BUN: OptionGroupSpec = {
  name: "Bun",
  minSelect: 1,
  maxSelect: 1,
  options: [
    ["Brioche", 0, { isDefault: true, allergens: ["gluten", "eggs", "milk"] }],
    ["Sesame", 0, { allergens: ["gluten", "sesame"] }],
    ["Gluten-free", 150],
    ["Lettuce wrap", 0],
  ],
};

export const SUSHI_SET_SIZE: OptionGroupSpec = {
  name: "Set size",
  minSelect: 1,
  maxSelect: 1,
  options: [
    ["12 pieces", -600],
    ["18 pieces", 0, { isDefault: true }],
    ["24 pieces", 700],
  ],
};

export const SUSHI_EXTRAS: OptionGroupSpec = {
  name: "On the side",
  minSelect: 0,
  maxSelect: 3,
  options: [
    ["Extra wasabi", 0],
    ["Extra gari", 0],
    ["Gluten-free tamari", 50, { allergens: ["soy"] }],
    ["Spicy mayo", 75, { allergens: ["eggs"] }],
    ["Miso soup", 350, { allergens: ["soy", "fish"] }],
  ],
};

export const DRINK_SIZE: OptionGroupSpec = {
  name: "Drink size",
  minSelect: 1,
  maxSelect: 1,
  options: [
    ["Regular 330 ml", 0, { isDefault: true }],
    ["Large 500 ml", 150],
    ["Jug 1 l", 450],
  ],
};

export const DRINK_EXTRAS: OptionGroupSpec = {
  name: "Serve",
  minSelect: 0,
  maxSelect: 2,
  options: [
    ["No ice", 0],
    ["Extra lemon", 0],
  ],
};

export const SPICE_LEVEL: OptionGroupSpec = {
  name: "Spice level",
  minSelect: 0,
  maxSelect: 1,
  options: [
    ["Mild", 0],
    ["Medium", 0, { isDefault: true }],
    ["Hot", 0],
    ["Extra hot", 0],
  ],
};

export const BOWL_EXTRAS: OptionGroupSpec = {
  name: "Extras",
  minSelect: 0,
  maxSelect: 5,
  options: [
    ["Avocado", 200],
    ["Edamame", 150, { allergens: ["soy"] }],
    ["Extra salmon", 400, { allergens: ["fish"], voidsDiet: ["vegetarian", "vegan"] }],
    ["Marinated tofu", 250, { allergens: ["soy"] }],
    ["Sesame seeds", 0, { allergens: ["sesame"] }],
    ["Crispy onions", 75, { allergens: ["gluten"] }],
  ],
};
