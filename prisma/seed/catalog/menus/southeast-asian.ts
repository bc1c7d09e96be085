// Thai and Indonesian kitchens.
import type { MenuSpec } from "../types";
import { drinks } from "./drinks";

export const BAAN_THAI_MENU: MenuSpec = [
  {
    name: "Starters & Soups",
    kind: "MADE_TO_ORDER",
    prepMinutes: 7,
    items: [
      ["Chicken Satay (4)", 895, "Turmeric-marinated skewers, peanut sauce, ajad.", ["gluten-free"]],
      ["Thai Spring Rolls (4)", 695, "Glass noodles and vegetables, sweet chilli.", ["vegan"]],
      ["Tod Man Pla", 850, "Red curry fishcakes with cucumber relish.", ["spicy"]],
      ["Tom Yum Goong", 895, "Hot and sour prawn soup, lemongrass, galangal.", ["spicy", "gluten-free"]],
      ["Tom Kha Gai", 850, "Coconut chicken soup with galangal.", ["gluten-free"]],
      ["Som Tam", 895, "Green papaya salad, lime, chilli, peanuts.", ["spicy", "gluten-free"]],
      ["Larb Gai", 995, "Minced chicken, toasted rice, mint, lime.", ["spicy", "gluten-free"]],
    ],
  },
  {
    name: "Curries",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Green Curry Chicken", 1595, "Thai aubergine, bamboo, sweet basil.", ["spicy", "gluten-free"]],
      ["Red Curry Roast Duck", 1895, "Pineapple, cherry tomato, lychee.", ["spicy", "gluten-free"]],
      ["Massaman Beef", 1795, "Slow-cooked beef, potato, peanuts.", ["gluten-free"]],
      ["Panang Chicken", 1650, "Thick, nutty red curry with kaffir lime.", ["spicy", "gluten-free"]],
      ["Jungle Curry Pork", 1650, "No coconut, all heat: green peppercorn and wild ginger.", ["spicy", "gluten-free"]],
      ["Yellow Curry Tofu", 1450, "Tofu, potato, onion, mild and fragrant.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "From the Wok",
    kind: "MADE_TO_ORDER",
    prepMinutes: 9,
    items: [
      ["Pad Thai Chicken", 1495, "Rice noodles, tamarind, egg, peanuts, bean sprouts."],
      ["Pad Thai Tofu", 1395, "Rice noodles, tamarind, tofu, peanuts, no egg.", ["vegan"]],
      ["Pad See Ew Beef", 1595, "Wide noodles, Chinese broccoli, dark soy."],
      ["Pad Kra Pao Moo Saap", 1450, "Holy basil pork with a fried egg over rice.", ["spicy"]],
      ["Pad Kee Mao", 1550, "Drunken noodles with chicken, chilli and basil.", ["spicy"]],
      ["Cashew Chicken", 1550, "Roasted cashews, dried chilli, spring onion."],
      ["Pineapple Fried Rice", 1395, "Jasmine rice, pineapple, cashews, curry powder.", ["vegetarian"]],
    ],
  },
  {
    name: "Rice & Dessert",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Jasmine Rice", 350, "Steamed.", ["vegan", "gluten-free"]],
      ["Sticky Rice", 395, "Steamed glutinous rice.", ["vegan", "gluten-free"]],
      ["Mango Sticky Rice", 750, "Sweet coconut sticky rice with ripe mango.", ["vegan", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 4 }],
    ],
  },
  drinks(
    ["Thai Iced Tea", 450, "Strong black tea with condensed milk.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
    ["Coconut Water", 395, "Young coconut."],
  ),
];

export const SIAM_STREET_MENU: MenuSpec = [
  {
    name: "Snacks",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Moo Ping (4)", 850, "Grilled pork skewers, coconut-milk marinade."],
      ["Crispy Tofu", 695, "With sweet chilli and crushed peanuts.", ["vegan"]],
      ["Thai Chicken Wings", 895, "Fish sauce caramel, chilli, lime.", ["spicy"]],
      ["Fried Wontons (6)", 750, "Pork and prawn, plum sauce."],
    ],
  },
  {
    name: "Noodles & Rice",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Pad Thai Goong", 1550, "Rice noodles with prawns, tamarind, peanuts."],
      ["Khao Man Gai", 1395, "Poached chicken, ginger rice, soybean sauce, broth."],
      ["Kuay Teow Reua", 1450, "Boat noodle soup, beef, dark spiced broth.", ["spicy"]],
      ["Khao Soi Gai", 1550, "Northern curry noodle soup, crispy noodles.", ["spicy"]],
      ["Pad Kra Pao Tofu", 1295, "Holy basil tofu over rice.", ["vegan", "spicy"]],
      ["Khao Pad Goong", 1450, "Prawn fried rice with lime and cucumber."],
      ["Kua Gai", 1395, "Wok-charred wide noodles with chicken and egg."],
      ["Green Curry Rice Bowl", 1350, "Chicken green curry over jasmine rice.", ["spicy", "gluten-free"], { kind: "PREPARED", prepMinutes: 3 }],
    ],
  },
  {
    name: "Sweets",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Thai Roti", 550, "Pan-fried roti with banana and condensed milk.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 5 }],
      // Sold out in the demo: shows a menu rendering an 86'd item.
      ["Coconut Ice Cream", 495, "Young coconut, peanuts, sticky rice.", ["vegan", "gluten-free"], { inStock: false }],
    ],
  },
  drinks(
    ["Thai Iced Tea", 450, "With condensed milk.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
    ["Lemongrass Iced Tea", 395, "Lightly sweet, pandan leaf.", ["vegan"]],
  ),
];

export const WARUNG_SEMARANG_MENU: MenuSpec = [
  {
    name: "Rijst & Bami",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Nasi Goreng Ayam", 1350, "Fried rice with chicken, fried egg, kroepoek, atjar.", ["halal"]],
      ["Bami Goreng Ayam", 1350, "Fried egg noodles with chicken and vegetables.", ["halal"]],
      ["Nasi Rames", 1650, "Rice with rendang, sayur lodeh, egg, sambal goreng tempeh, serundeng.", ["halal", "spicy"]],
      ["Mie Rebus", 1295, "Noodles in a thick sweet-potato and shrimp gravy."],
      ["Nasi Kuning", 1495, "Turmeric coconut rice with ayam smoor and perkedel.", ["halal"]],
    ],
  },
  {
    name: "Lauk",
    kind: "PREPARED",
    prepMinutes: 3,
    items: [
      ["Beef Rendang", 1795, "Beef slow-cooked in coconut and spices until dry.", ["halal", "gluten-free", "spicy"]],
      ["Ayam Smoor", 1495, "Chicken braised in sweet soy and nutmeg.", ["halal"]],
      ["Sayur Lodeh", 1150, "Vegetables in a light coconut curry.", ["vegan", "gluten-free"]],
      ["Sambal Goreng Telor", 995, "Eggs in a red chilli sauce.", ["vegetarian", "spicy"]],
      ["Gado-gado", 1295, "Vegetables, tofu, tempeh, egg, peanut sauce.", ["vegetarian", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
      ["Tempeh Kering", 650, "Crispy sweet-spicy tempeh.", ["vegan", "spicy"]],
    ],
  },
  {
    name: "Saté",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Saté Ayam (4)", 1195, "Chicken skewers, peanut sauce, lontong.", ["halal"]],
      ["Saté Kambing (4)", 1395, "Goat skewers with sweet soy and shallots.", ["halal"]],
      ["Saté Tempeh (4)", 995, "Tempeh skewers, peanut sauce.", ["vegan"]],
    ],
  },
  {
    name: "Snacks & Sambal",
    kind: "MADE_TO_ORDER",
    prepMinutes: 5,
    items: [
      ["Loempia (2)", 595, "Spring rolls with bean sprouts and vegetables.", ["vegetarian"]],
      ["Perkedel (3)", 550, "Potato fritters with nutmeg.", ["vegetarian"]],
      ["Pisang Goreng", 495, "Fried banana.", ["vegan"]],
      ["Kroepoek", 295, "Prawn crackers.", [], { kind: "PREPARED", prepMinutes: 1 }],
      ["Sambal Badjak", 150, "Sweet, smoky chilli paste.", ["vegan", "spicy"], { kind: "PREPARED", prepMinutes: 1 }],
      ["Sambal Oelek", 125, "Pure fresh chilli.", ["vegan", "spicy"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  drinks(
    ["Es Teler", 550, "Avocado, coconut, jackfruit, condensed milk.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 4 }],
    ["Es Cendol", 495, "Pandan jelly, coconut milk, palm sugar.", ["vegan"]],
  ),
];
