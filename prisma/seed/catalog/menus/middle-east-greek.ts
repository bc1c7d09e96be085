// Late-night kebab, Lebanese shawarma and Greek grill.
import type { MenuSpec } from "../types";
import { drinks } from "./drinks";

export const SULTAN_DONER_MENU: MenuSpec = [
  {
    name: "Döner",
    kind: "MADE_TO_ORDER",
    prepMinutes: 5,
    items: [
      ["Broodje Döner", 750, "Turkish bread, chicken or veal döner, salad, garlic and chilli sauce.", ["halal"]],
      ["Dürüm Döner", 850, "Döner rolled in a thin yufka wrap.", ["halal"]],
      ["Döner Box", 895, "Döner on fries with garlic sauce.", ["halal"]],
      ["Döner Schotel", 1395, "Döner plate with rice or fries, salad and bread.", ["halal"]],
      ["Kapsalon Sultan", 1195, "Fries, döner, gouda, salad, sambal.", ["halal", "spicy"]],
      ["Iskender Kebab", 1650, "Döner on bread cubes, tomato butter, yoghurt.", ["halal"], { prepMinutes: 10 }],
    ],
  },
  {
    name: "Van de Grill",
    kind: "MADE_TO_ORDER",
    prepMinutes: 12,
    items: [
      ["Adana Kebab", 1595, "Hand-minced lamb skewer with chilli, bulgur, grilled pepper.", ["halal", "spicy"]],
      ["Köfte Schotel", 1495, "Grilled meatballs, rice, salad, bread.", ["halal"]],
      ["Tavuk Şiş Schotel", 1495, "Marinated chicken skewers, rice, salad.", ["halal", "gluten-free"]],
      ["Mixed Grill for Two", 3495, "Adana, köfte, chicken şiş and lamb chops with sides.", ["halal"], { prepMinutes: 18 }],
    ],
  },
  {
    name: "Pide & Lahmacun",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Lahmacun", 550, "Thin flatbread with spiced minced meat.", ["halal", "spicy"]],
      ["Lahmacun Dürüm", 650, "Lahmacun rolled with salad and lemon.", ["halal", "spicy"]],
      ["Kaas Pide", 995, "Boat-shaped flatbread with white cheese and egg.", ["vegetarian"]],
      ["Sucuk Pide", 1195, "Pide with garlic beef sausage and cheese.", ["halal"]],
    ],
  },
  {
    name: "Bijgerechten",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Friet", 395, "Fresh fries.", ["vegan", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
      ["Falafel (5)", 595, "Chickpea and herb fritters.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
      ["Cacık", 350, "Yoghurt, cucumber, mint.", ["vegetarian", "gluten-free"]],
      ["Turks Brood", 195, "Fresh Turkish bread.", ["vegan"]],
    ],
  },
  {
    name: "Tatlı",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Baklava (4)", 550, "Pistachio baklava.", ["vegetarian"]],
      ["Künefe", 695, "Warm shredded pastry with melted cheese and syrup.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 8 }],
    ],
  },
  drinks(["Ayran", 250, "Salted yoghurt drink.", ["vegetarian", "gluten-free"]], ["Uludağ Gazoz", 295, "Turkish lemon soda."]),
];

export const SHAWARMA_YALLA_MENU: MenuSpec = [
  {
    name: "Wraps",
    kind: "MADE_TO_ORDER",
    prepMinutes: 5,
    items: [
      ["Chicken Shawarma Wrap", 795, "Garlic toum, pickles, fries inside, saj bread.", ["halal"]],
      ["Beef Shawarma Wrap", 850, "Tahini, tomato, parsley, onion.", ["halal"]],
      ["Spicy Mixed Shawarma Wrap", 895, "Chicken and beef, chilli paste, pickled turnip.", ["halal", "spicy"]],
      ["Falafel Wrap", 695, "Falafel, hummus, tahini, salad.", ["vegan"]],
      ["Halloumi Wrap", 750, "Grilled halloumi, tomato, mint, olives.", ["vegetarian"]],
    ],
  },
  {
    name: "Plates",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Chicken Shawarma Plate", 1450, "With rice, hummus, salad and toum.", ["halal", "gluten-free"]],
      ["Beef Shawarma Plate", 1550, "With rice, hummus, salad and tahini.", ["halal", "gluten-free"]],
      ["Shish Taouk Plate", 1495, "Grilled chicken skewers, garlic sauce, rice.", ["halal", "gluten-free"]],
      ["Mixed Grill Plate", 1895, "Kafta, shish taouk and lamb, with rice and salad.", ["halal", "gluten-free"], { prepMinutes: 14 }],
      ["Falafel Plate", 1250, "Six falafel, hummus, tabbouleh, pickles.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Mezze",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Hummus", 550, "Chickpeas, tahini, lemon, olive oil.", ["vegan", "gluten-free"]],
      ["Baba Ganoush", 595, "Smoked aubergine and tahini.", ["vegan", "gluten-free"]],
      ["Muhammara", 595, "Roasted pepper and walnut dip.", ["vegan", "spicy"]],
      ["Tabbouleh", 595, "Parsley, bulgur, tomato, lemon.", ["vegan"]],
      ["Fattoush", 650, "Crisp salad with toasted bread and sumac.", ["vegan"]],
      ["Garlic Toum", 150, "Whipped garlic sauce.", ["vegan", "gluten-free"]],
      ["Warm Pita (2)", 195, "Freshly baked.", ["vegan"]],
    ],
  },
  {
    name: "Sides & Sweets",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Spiced Fries", 450, "With seven-spice salt and chilli.", ["vegan", "spicy"]],
      ["Cheese Rakakat (4)", 595, "Crisp rolls filled with akkawi cheese.", ["vegetarian"], { prepMinutes: 7 }],
      ["Baklava (4)", 550, "Cashew and pistachio.", ["vegetarian"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  drinks(
    ["Laban Ayran", 250, "Salted yoghurt drink.", ["vegetarian", "gluten-free"]],
    ["Mint Lemonade", 395, "Fresh lemon and mint, blended with ice.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
  ),
];

export const GYROS_OLYMPIA_MENU: MenuSpec = [
  {
    name: "Pita",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Pita Gyros Pork", 795, "Pork gyros, tzatziki, tomato, onion, fries."],
      ["Pita Gyros Chicken", 795, "Chicken gyros, tzatziki, tomato, onion, fries."],
      ["Pita Souvlaki", 850, "Chicken skewer, tzatziki, tomato, onion."],
      ["Pita Halloumi", 750, "Grilled halloumi, tomato, mint.", ["vegetarian"]],
      ["Pita Falafel", 725, "Falafel, hummus, salad.", ["vegan"]],
    ],
  },
  {
    name: "Plates",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Gyros Plate", 1495, "Pork gyros with fries, tzatziki, salad and pita."],
      ["Souvlaki Plate", 1595, "Three chicken skewers, rice, salad, tzatziki."],
      ["Bifteki Plate", 1550, "Grilled patty stuffed with feta, fries, salad."],
      ["Vegetarian Plate", 1350, "Halloumi, dolmades, spanakopita, salad.", ["vegetarian"]],
      ["Moussaka", 1650, "Aubergine, potato, lamb ragù and béchamel, baked daily.", [], { kind: "PREPARED", prepMinutes: 6 }],
    ],
  },
  {
    name: "Mezedes",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Tzatziki", 450, "Greek yoghurt, cucumber, garlic.", ["vegetarian", "gluten-free"]],
      ["Taramosalata", 495, "Cod roe dip."],
      ["Dolmades (6)", 550, "Vine leaves stuffed with herbed rice.", ["vegan", "gluten-free"]],
      ["Spanakopita", 595, "Spinach and feta filo pie.", ["vegetarian"]],
      ["Horiatiki", 850, "Greek salad with feta, olives, oregano.", ["vegetarian", "gluten-free"]],
      ["Feta Saganaki", 750, "Pan-fried feta with honey and sesame.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
      ["Pita Bread", 195, "Grilled with oregano.", ["vegan"]],
    ],
  },
  {
    name: "Desserts",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Yoghurt with Honey", 550, "Greek yoghurt, thyme honey, walnuts.", ["vegetarian", "gluten-free"]],
      ["Baklava", 495, "Walnut and cinnamon.", ["vegetarian"]],
    ],
  },
  drinks(["Peach Ice Tea", 325, "Chilled can."]),
];
