// Burgers and Dutch snacks: the Stack Burger chain, a vegan burger bar and a snackbar.
import type { MenuSpec } from "../types";
import { BURGER_BUN, BURGER_DONENESS, BURGER_EXTRAS, BURGER_SIDE, DRINK_SIZE } from "../option-groups";
import { drinks } from "./drinks";

export const STACK_BURGER_MENU: MenuSpec = [
  {
    name: "Burgers",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    groups: [BURGER_SIDE, BURGER_EXTRAS],
    items: [
      ["Classic Stack", 1195, "Two smashed beef patties, American cheese, pickles, onion, house sauce."],
      ["Bacon Stack", 1395, "Two beef patties, crispy bacon, cheddar, caramelised onion, smoky BBQ sauce."],
      ["Truffle Mushroom", 1495, "Beef patty, Swiss cheese, sautéed mushrooms, truffle mayo."],
      ["Hot Honey Chicken", 1295, "Buttermilk-fried chicken thigh, hot honey, slaw, pickles.", ["spicy"]],
      ["Jalapeño Fire", 1395, "Beef patty, pepper jack, pickled jalapeños, chipotle mayo.", ["spicy"]],
      ["Plant Stack", 1395, "Plant-based patty, vegan cheese, lettuce, tomato, vegan mayo.", ["vegan"]],
      ["Halloumi Stack", 1295, "Grilled halloumi, roasted red pepper, rocket, harissa mayo.", ["vegetarian"]],
      ["Triple Threat", 1695, "Three beef patties, three slices of cheese, bacon."],
      ["Kids' Cheeseburger", 795, "One patty, cheese and ketchup."],
      ["Build Your Stack", 1095, "One dry-aged beef patty cooked how you like it, lettuce, tomato, house sauce, on the bun you choose.", [], { groups: [BURGER_BUN, BURGER_DONENESS], allergens: ["mustard"] }],
    ],
  },
  {
    name: "Chicken & Bites",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Chicken Tenders (5)", 895, "Crispy buttermilk tenders with honey-mustard dip."],
      ["Buffalo Wings (8)", 995, "Tossed in buffalo sauce, blue cheese dip.", ["spicy", "gluten-free"]],
      ["Mozzarella Sticks (6)", 695, "With marinara dip.", ["vegetarian"]],
      ["Onion Rings", 595, "Beer-battered, with ranch.", ["vegetarian"]],
    ],
  },
  {
    name: "Sides",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Fries", 395, "Skin-on, sea salt.", ["vegan", "gluten-free"]],
      ["Cheese Fries", 595, "Fries under melted cheddar sauce.", ["vegetarian"]],
      ["Sweet Potato Fries", 495, "With smoked paprika salt.", ["vegan", "gluten-free"]],
      ["Loaded Bacon Fries", 695, "Cheddar sauce, bacon bits, spring onion."],
      ["Coleslaw", 350, "Creamy cabbage and carrot slaw.", ["vegetarian", "gluten-free"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  {
    name: "Shakes",
    kind: "MADE_TO_ORDER",
    prepMinutes: 4,
    items: [
      ["Vanilla Shake", 550, "Madagascar vanilla soft-serve.", ["vegetarian", "gluten-free"]],
      ["Chocolate Shake", 550, "Belgian chocolate.", ["vegetarian"]],
      ["Salted Caramel Shake", 595, "With caramel drizzle.", ["vegetarian"]],
      ["Strawberry Shake", 550, "Real strawberries.", ["vegetarian", "gluten-free"]],
    ],
  },
  {
    name: "Sauces",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Chipotle Mayo", 95, "Smoky and mildly hot.", ["vegetarian", "spicy"]],
      ["Truffle Mayo", 125, "Black truffle mayonnaise.", ["vegetarian"]],
      ["BBQ Sauce", 95, "Sweet and smoky.", ["vegan"]],
    ],
  },
  drinks(["Homemade Lemonade", 395, "Lemon, mint and cane sugar."], ["Fresh Iced Tea", 375, "Black tea brewed daily, peach and lemon.", ["vegan"], { kind: "MADE_TO_ORDER", groups: [DRINK_SIZE] }]),
];

export const PLANT_POWER_MENU: MenuSpec = [
  {
    name: "Burgers",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["The OG Plant", 1295, "Pea-protein patty, vegan cheddar, pickles, onion, special sauce.", ["vegan"]],
      ["Smoky BBQ Jackfruit", 1350, "Pulled jackfruit, BBQ glaze, slaw, crispy onions.", ["vegan"]],
      ["Black Bean Chipotle", 1250, "Black bean and corn patty, chipotle mayo, avocado.", ["vegan", "spicy"]],
      ["Crispy Seitan Chicken", 1350, "Southern-fried seitan, lettuce, garlic mayo.", ["vegan"]],
      ["Mushroom Swiss", 1395, "Portobello and patty, cashew 'Swiss', truffle aioli.", ["vegan"]],
      ["Beetroot Falafel", 1250, "Beetroot falafel patty, hummus, pickled red onion.", ["vegan"]],
      ["Lentil Burger (gluten-free bun)", 1295, "Red lentil patty on a gluten-free bun.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Sides",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Fries", 395, "Skin-on, sea salt.", ["vegan", "gluten-free"]],
      ["Sweet Potato Fries", 495, "With smoked paprika salt.", ["vegan", "gluten-free"]],
      ["Cauliflower Wings", 795, "Battered cauliflower, buffalo sauce.", ["vegan", "spicy"]],
      ["Loaded Nachos", 895, "Corn chips, cashew queso, salsa, jalapeños.", ["vegan", "gluten-free"]],
      ["Kale Caesar", 895, "Kale, croutons, capers, vegan parmesan.", ["vegan"], { prepMinutes: 5 }],
    ],
  },
  {
    name: "Sweets",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Chocolate Brownie", 450, "Fudgy, with walnuts.", ["vegan"]],
      ["Cookie Dough Bites", 395, "Chocolate chip, eat them raw.", ["vegan"]],
      ["Caramel Oat Soft-Serve", 495, "Oat-milk soft-serve with salted caramel.", ["vegan", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
    ],
  },
  drinks(
    ["Ginger Kombucha", 425, "Brewed in Amsterdam-Noord."],
    ["Chocolate Oat Shake", 595, "Oat milk, cocoa, banana.", [], { kind: "MADE_TO_ORDER", prepMinutes: 4 }],
  ),
];

export const FRIETBOER_MENU: MenuSpec = [
  {
    name: "Friet",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Friet Klein", 325, "Fresh-cut Dutch fries, fried twice.", ["vegan", "gluten-free"]],
      ["Friet Groot", 425, "A large portion of fresh-cut fries.", ["vegan", "gluten-free"]],
      ["Friet Speciaal", 495, "Fries with mayonnaise, curry ketchup and chopped onion.", ["vegetarian"]],
      ["Patatje Oorlog", 550, "Fries with peanut satay sauce, mayonnaise and raw onion.", ["vegetarian"]],
      ["Kapsalon", 1150, "Fries, döner, melted gouda, salad, garlic sauce and sambal.", ["spicy"], { prepMinutes: 9 }],
      ["Vegetarische Kapsalon", 1050, "Kapsalon with falafel instead of döner.", ["vegetarian"], { prepMinutes: 9 }],
    ],
  },
  {
    name: "Snacks",
    kind: "MADE_TO_ORDER",
    prepMinutes: 4,
    items: [
      ["Kroket", 295, "Beef ragout croquette."],
      ["Vegetarische Kroket", 325, "Croquette with a plant-based ragout.", ["vegetarian"]],
      ["Frikandel", 275, "The Dutch skinless sausage."],
      ["Frikandel Speciaal", 350, "With mayonnaise, curry ketchup and onion."],
      ["Kaassoufflé", 295, "Crisp pastry filled with melted cheese.", ["vegetarian"]],
      ["Bamischijf", 295, "Breaded disc of spiced bami noodles."],
      ["Bitterballen (8)", 695, "Bite-size ragout balls with mustard."],
      ["Kipcorn", 350, "Crunchy chicken snack coated in cornflakes."],
      ["Berenhap", 450, "Meatball slices and onion on a skewer, spicy sauce.", ["spicy"]],
      ["Mexicano", 375, "Spicy minced-meat snack.", ["spicy"]],
    ],
  },
  {
    name: "Sauzen",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Fritessaus", 75, "The classic Dutch fries mayonnaise.", ["vegetarian"]],
      ["Curry Ketchup", 75, "Sweet and tangy.", ["vegan"]],
      ["Satésaus", 95, "Warm peanut sauce.", ["vegan"]],
      ["Joppiesaus", 95, "Curry-onion mayonnaise.", ["vegetarian"]],
    ],
  },
  drinks(["Chocomel 250 ml", 295, "Chocolate milk."], ["Fristi 250 ml", 295, "Red-fruit yoghurt drink."]),
];
