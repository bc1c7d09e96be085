// Japanese and Korean: the Sushi Nami and Poké Haven chains and a Korean fried-chicken kitchen.
import type { MenuSpec } from "../types";
import { BOWL_EXTRAS, SUSHI_EXTRAS, SUSHI_SET_SIZE } from "../option-groups";
import { drinks } from "./drinks";

export const SUSHI_NAMI_MENU: MenuSpec = [
  {
    name: "Sets",
    kind: "MADE_TO_ORDER",
    prepMinutes: 15,
    groups: [SUSHI_EXTRAS],
    allergens: ["soy"],
    items: [
      ["Nami Mix (24 pcs)", 3495, "Nigiri, uramaki and maki: the chef's daily selection to share."],
      ["Salmon Lover (16 pcs)", 2295, "Salmon nigiri, salmon avocado roll and sake maki."],
      ["Green Garden (18 pcs)", 1795, "Avocado, cucumber, pickled radish and tamago-free veggie rolls.", ["vegan"]],
      ["Sashimi Moriawase (15 pcs)", 2895, "Salmon, tuna, yellowtail and sea bream, sliced to order.", ["gluten-free"]],
      ["Chef's Choice Set", 2495, "Salmon and tuna nigiri, uramaki and maki, in the size you choose.", [], { groups: [SUSHI_SET_SIZE], allergens: ["fish", "sesame"], mayContain: ["crustaceans"] }],
    ],
  },
  {
    name: "Maki & Uramaki",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    groups: [SUSHI_EXTRAS],
    allergens: ["soy"],
    items: [
      ["California Roll (8)", 895, "Surimi crab, avocado, cucumber, tobiko."],
      ["Spicy Tuna Roll (8)", 995, "Tuna, sriracha mayo, spring onion.", ["spicy"]],
      ["Salmon Avocado Roll (8)", 950, "Salmon, avocado, sesame."],
      ["Dragon Roll (8)", 1495, "Prawn tempura inside, grilled eel and avocado on top."],
      ["Rainbow Roll (8)", 1450, "California roll topped with salmon, tuna and sea bream."],
      ["Chicken Katsu Roll (8)", 1050, "Crispy chicken, cucumber, katsu sauce."],
      ["Vegetable Futomaki (5)", 895, "Thick roll with cucumber, avocado, carrot, shiitake.", ["vegan"]],
      ["Avocado Maki (6)", 550, "Ripe avocado.", ["vegan"]],
      ["Kappa Maki (6)", 495, "Cucumber and sesame.", ["vegan"]],
      ["Sake Maki (6)", 650, "Salmon."],
      ["Tekka Maki (6)", 750, "Tuna."],
    ],
  },
  {
    name: "Nigiri (2 pcs)",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Salmon Nigiri", 550, "Norwegian salmon on seasoned rice.", ["gluten-free"]],
      ["Tuna Nigiri", 650, "Yellowfin tuna.", ["gluten-free"]],
      ["Ebi Nigiri", 550, "Cooked tiger prawn.", ["gluten-free"]],
      ["Aburi Salmon Nigiri", 595, "Flame-seared salmon with teriyaki glaze."],
      ["Unagi Nigiri", 695, "Grilled eel, kabayaki sauce."],
      ["Tamago Nigiri", 450, "Sweet rolled omelette.", ["vegetarian"]],
    ],
  },
  {
    name: "Warm Dishes",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Chicken Teriyaki Don", 1495, "Grilled chicken thigh, teriyaki, rice, pickles."],
      ["Chicken Karaage", 895, "Japanese fried chicken, yuzu mayo."],
      ["Prawn Tempura (5)", 1095, "Light batter, tentsuyu dip."],
      ["Chicken Gyoza (6)", 750, "Pan-fried dumplings, ponzu."],
      ["Yasai Gyoza (6)", 695, "Vegetable dumplings, ponzu.", ["vegan"]],
      ["Edamame", 495, "Steamed, sea salt.", ["vegan", "gluten-free"], { prepMinutes: 4 }],
      ["Miso Soup", 395, "Tofu, wakame, spring onion.", ["vegetarian"], { kind: "PREPARED", prepMinutes: 2 }],
      ["Wakame Salad", 550, "Seaweed salad with sesame dressing.", ["vegan"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  {
    name: "Dessert",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [["Mochi Ice Cream (3)", 650, "Matcha, mango and black sesame.", ["vegetarian", "gluten-free"]]],
  },
  drinks(["Ramune Original", 395, "Japanese marble soda."], ["Cold Sencha", 350, "Unsweetened Japanese green tea."]),
];

export const POKE_HAVEN_MENU: MenuSpec = [
  {
    name: "Signature Bowls",
    groups: [BOWL_EXTRAS],
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Classic Salmon", 1395, "Salmon, sushi rice, edamame, cucumber, mango, avocado, sesame, ponzu."],
      ["Spicy Tuna", 1495, "Tuna, sriracha mayo, jalapeño, seaweed salad, crispy onion.", ["spicy"]],
      ["Teriyaki Chicken", 1295, "Grilled chicken, teriyaki, corn, red cabbage, carrot."],
      ["Hawaiian Ahi", 1595, "Tuna, pineapple, macadamia, wakame, shoyu."],
      ["Shrimp Tempura Crunch", 1450, "Tempura prawns, avocado, cucumber, spicy mayo.", ["spicy"]],
      ["Korean Bulgogi Beef", 1495, "Marinated beef, kimchi, pickled radish, gochujang.", ["spicy"]],
      ["Tofu Garden", 1195, "Sesame tofu, edamame, avocado, carrot, brown rice.", ["vegan"]],
      ["Vegan Rainbow", 1195, "Mango, avocado, red cabbage, beetroot, quinoa, tamari.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Sides",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Edamame", 450, "Sea salt.", ["vegan", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 4 }],
      ["Seaweed Salad", 495, "Wakame with sesame.", ["vegan"]],
      ["Miso Soup", 350, "Tofu and spring onion.", ["vegetarian"]],
      ["Prawn Crackers", 295, "A bag of crispy prawn crackers."],
      ["Vegetable Gyoza (6)", 650, "Pan-fried, with ponzu.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
    ],
  },
  {
    name: "Extras",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Extra Salmon", 350, "Another scoop of salmon.", ["gluten-free"]],
      ["Extra Avocado", 195, "Half an avocado.", ["vegan", "gluten-free"]],
      ["Sriracha Mayo", 95, "Creamy and hot.", ["vegetarian", "spicy"]],
      ["Wasabi Mayo", 95, "With a kick of wasabi.", ["vegetarian"]],
    ],
  },
  {
    name: "Sweets",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Açaí Bowl", 895, "Açaí, banana, granola, coconut.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 4 }],
      ["Matcha Cheesecake", 550, "Baked cheesecake with matcha.", ["vegetarian"]],
    ],
  },
  drinks(
    ["Coconut Water", 350, "Pure, not from concentrate."],
    ["Iced Matcha Latte", 495, "Ceremonial matcha with oat milk.", [], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
  ),
];

export const SEOUL_FOOD_MENU: MenuSpec = [
  {
    name: "Korean Fried Chicken",
    kind: "MADE_TO_ORDER",
    prepMinutes: 15,
    items: [
      ["Original Fried Chicken (half)", 1495, "Double-fried, shatteringly crisp, pickled radish."],
      ["Yangnyeom Chicken (half)", 1595, "Glazed in sweet-spicy gochujang sauce.", ["spicy"]],
      ["Soy Garlic Chicken (half)", 1595, "Soy, garlic and ginger glaze."],
      ["Honey Butter Chicken (half)", 1595, "Honey-butter glaze and sesame."],
      ["Boneless Chicken Bites", 1295, "Thigh pieces in your choice of glaze."],
    ],
  },
  {
    name: "Rice & Noodles",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Beef Bibimbap", 1495, "Rice, bulgogi beef, namul vegetables, fried egg, gochujang."],
      ["Dolsot Tofu Bibimbap", 1395, "In a sizzling stone bowl, with marinated tofu.", ["vegan"]],
      ["Bulgogi Rice Bowl", 1495, "Sweet-soy marinated beef over rice."],
      ["Japchae", 1295, "Glass noodles stir-fried with vegetables and egg.", ["vegetarian"]],
      ["Kimchi Fried Rice", 1250, "With pork belly and a fried egg.", ["spicy"]],
      ["Jjajangmyeon", 1350, "Wheat noodles in black bean sauce with pork."],
    ],
  },
  {
    name: "Stews",
    kind: "PREPARED",
    prepMinutes: 4,
    items: [
      ["Kimchi Jjigae", 1395, "Aged kimchi stew with pork and tofu, rice.", ["spicy"]],
      ["Sundubu Jjigae", 1395, "Silken tofu stew with seafood, rice.", ["spicy"]],
      ["Tteokbokki", 1095, "Rice cakes in spicy gochujang sauce, fish cake.", ["spicy"]],
    ],
  },
  {
    name: "Sides",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Kimchi", 395, "Napa cabbage, fermented in house.", ["spicy"]],
      ["Pickled Radish", 250, "Sweet-sour danmuji cubes.", ["vegan", "gluten-free"]],
      ["Steamed Rice", 295, "Short-grain rice.", ["vegan", "gluten-free"]],
      ["Kimchijeon", 895, "Crispy kimchi pancake.", ["spicy"], { kind: "MADE_TO_ORDER", prepMinutes: 8 }],
      ["Mandu (6)", 795, "Pork and vegetable dumplings, soy-vinegar dip.", [], { kind: "MADE_TO_ORDER", prepMinutes: 8 }],
    ],
  },
  drinks(["Milkis", 350, "Creamy Korean soda."], ["Banana Milk", 350, "The Korean classic."], ["Oksusu-cha", 325, "Roasted corn tea, iced."]),
];
