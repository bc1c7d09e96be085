// Surinamese, Chinese, Mexican and Ethiopian kitchens.
import type { MenuSpec } from "../types";
import { drinks } from "./drinks";

export const ROTI_PARADIJS_MENU: MenuSpec = [
  {
    name: "Roti",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Roti Kip", 1295, "Roti with chicken masala curry, potato, kousenband and egg."],
      ["Roti Kip zonder Bot", 1395, "Boneless chicken, potato, kousenband, egg."],
      ["Roti Kip Extra Pittig", 1395, "Our roti kip with Madame Jeanette pepper.", ["spicy"]],
      ["Roti Lamsvlees", 1595, "Slow-cooked lamb masala, potato, kousenband."],
      ["Roti Garnalen", 1595, "Prawns in masala, potato, kousenband, egg."],
      ["Roti Vegetarisch", 1150, "Pumpkin, aubergine, potato, kousenband, chickpeas.", ["vegan"]],
    ],
  },
  {
    name: "Broodjes",
    kind: "MADE_TO_ORDER",
    prepMinutes: 4,
    items: [
      ["Broodje Pom", 650, "Oven-baked pomtajer and chicken, atjar, pickled pepper."],
      ["Broodje Bakkeljauw", 650, "Stewed salt cod with tomato and onion."],
      ["Broodje Kip Kerrie", 595, "Curried chicken."],
      ["Broodje Moksi Meti", 695, "Mixed roast meats, char siu style."],
      ["Broodje Tempeh", 595, "Sweet-spicy tempeh, cucumber, atjar.", ["vegan"]],
    ],
  },
  {
    name: "Warme Gerechten",
    kind: "PREPARED",
    prepMinutes: 3,
    items: [
      ["Nasi Goreng Surinaams", 1195, "Surinamese-Javanese fried rice with chicken."],
      ["Bami Goreng", 1195, "Fried noodles with chicken and vegetables."],
      ["Moksi Alesi", 1295, "Rice cooked with salted meat, salt fish and beans.", ["gluten-free"]],
      ["Pom Schotel", 1395, "Pom with rice, kousenband and a boiled egg."],
      ["Saoto Soep", 795, "Spiced chicken broth, bean sprouts, egg, fried potato sticks.", ["spicy"]],
      ["Bara (2)", 350, "Fried lentil doughnuts.", ["vegan"]],
    ],
  },
  {
    name: "Extra's",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Madame Jeanette Sambal", 95, "Very hot Surinamese pepper sauce.", ["vegan", "spicy"]],
      ["Atjar", 150, "Mango and vegetable pickle.", ["vegan"]],
      ["Kousenband", 395, "Stir-fried long beans.", ["vegan", "gluten-free"]],
      ["Bojo", 350, "Coconut and cassava cake.", ["vegetarian", "gluten-free"]],
      ["Fiadoe", 395, "Surinamese layered raisin cake.", ["vegetarian"]],
    ],
  },
  drinks(["Dawet", 395, "Coconut milk with pandan and rice jelly.", ["vegan"]], ["Gemberbier", 350, "House-made ginger beer.", ["vegan"]]),
];

export const LUCKY_DUMPLING_MENU: MenuSpec = [
  {
    name: "Dim Sum",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Har Gow (4)", 695, "Prawn dumplings in translucent wrappers."],
      ["Siu Mai (4)", 650, "Pork and prawn, topped with roe."],
      ["Char Siu Bao (3)", 595, "Fluffy buns with barbecued pork."],
      ["Xiao Long Bao (6)", 895, "Soup dumplings with pork and ginger."],
      ["Pork & Chive Potstickers (6)", 695, "Pan-fried, black vinegar dip."],
      ["Vegetable Dumplings (6)", 650, "Shiitake, cabbage, glass noodles.", ["vegan"]],
      ["Chilli Oil Wontons (8)", 795, "Pork wontons in Sichuan chilli oil.", ["spicy"]],
      ["Spring Rolls (4)", 595, "Crispy, with vegetables.", ["vegan"]],
      ["Cheung Fun with Prawns", 750, "Steamed rice noodle rolls, sweet soy."],
    ],
  },
  {
    name: "Noodles & Rice",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Dan Dan Noodles", 1295, "Minced pork, sesame, Sichuan pepper.", ["spicy"]],
      ["Beef Chow Fun", 1450, "Wok-fried flat rice noodles, beef, bean sprouts."],
      ["Chicken Chow Mein", 1295, "Crispy egg noodles, chicken, vegetables."],
      ["Yang Chow Fried Rice", 1195, "Char siu, prawns, egg, peas."],
      ["Egg Fried Rice", 895, "Simple and good.", ["vegetarian"]],
    ],
  },
  {
    name: "Mains",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Kung Pao Chicken", 1495, "Peanuts, dried chilli, Sichuan pepper.", ["spicy"]],
      ["Mapo Tofu", 1295, "Silken tofu, doubanjiang, minced pork.", ["spicy"]],
      ["Sweet and Sour Pork", 1450, "Crispy pork, pineapple, peppers."],
      ["Salt & Pepper Squid", 1295, "Crisp squid with garlic and chilli.", ["spicy"]],
      ["Crispy Duck (quarter)", 1795, "With pancakes, cucumber, spring onion and hoisin.", [], { prepMinutes: 12 }],
      ["Char Siu with Rice", 1395, "Cantonese roast pork, greens, rice.", [], { kind: "PREPARED", prepMinutes: 3 }],
      ["Garlic Pak Choi", 895, "Stir-fried with garlic.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Sweets",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Sesame Balls (4)", 495, "Glutinous rice, red bean paste.", ["vegan"]],
      ["Egg Tarts (2)", 450, "Hong Kong-style custard tarts.", ["vegetarian"]],
    ],
  },
  drinks(["Jasmine Tea (pot)", 395, "Loose-leaf.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }]),
];

export const TAQUERIA_EL_SOL_MENU: MenuSpec = [
  {
    name: "Tacos (3)",
    kind: "MADE_TO_ORDER",
    prepMinutes: 7,
    items: [
      ["Al Pastor", 1195, "Achiote pork, grilled pineapple, onion, coriander.", ["gluten-free"]],
      ["Carnitas", 1195, "Confit pork shoulder, salsa verde.", ["gluten-free"]],
      ["Tinga de Pollo", 1150, "Chipotle-stewed chicken, crema, queso fresco.", ["gluten-free", "spicy"]],
      ["Baja Fish", 1295, "Beer-battered cod, cabbage, chipotle mayo."],
      ["Birria", 1395, "Braised beef with cheese and a cup of consommé to dip.", [], { prepMinutes: 9 }],
      ["Hongos", 1095, "Oyster mushrooms al pastor, pineapple, salsa.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Burritos & More",
    kind: "MADE_TO_ORDER",
    prepMinutes: 9,
    items: [
      ["Burrito Carne Asada", 1395, "Grilled steak, rice, black beans, pico de gallo, cheese."],
      ["Burrito de Pollo", 1295, "Chicken, rice, beans, guacamole, crema."],
      ["Burrito Veggie", 1195, "Roasted peppers, rice, beans, cheese, guacamole.", ["vegetarian"]],
      ["Quesadilla de Queso", 950, "Oaxaca cheese in a flour tortilla, salsa roja.", ["vegetarian"]],
      ["Enchiladas Verdes", 1450, "Chicken enchiladas with tomatillo sauce.", ["spicy"], { prepMinutes: 12 }],
      ["Nachos Supremos", 1150, "Corn chips, beans, cheese, jalapeños, guacamole.", ["vegetarian", "gluten-free"]],
    ],
  },
  {
    name: "Sides",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Guacamole & Totopos", 795, "Made fresh every hour.", ["vegan", "gluten-free"]],
      ["Pico de Gallo", 350, "Tomato, onion, chilli, lime.", ["vegan", "gluten-free"]],
      ["Frijoles Refritos", 395, "Refried black beans.", ["vegetarian", "gluten-free"]],
      ["Arroz Rojo", 350, "Mexican tomato rice.", ["vegan", "gluten-free"]],
      ["Elote", 595, "Grilled corn, mayo, cotija, chilli.", ["vegetarian", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
    ],
  },
  {
    name: "Postres",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Churros con Chocolate", 650, "Cinnamon sugar, dark chocolate dip.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
      ["Tres Leches", 595, "Sponge soaked in three milks.", ["vegetarian"]],
    ],
  },
  drinks(
    ["Horchata", 395, "Rice, cinnamon, vanilla.", ["vegetarian"]],
    ["Jarritos Mandarina", 375, "Mexican tangerine soda."],
    ["Agua de Jamaica", 375, "Hibiscus iced tea.", ["vegan"]],
  ),
];

export const ADDIS_KITCHEN_MENU: MenuSpec = [
  {
    name: "Combinations",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Veggie Combo", 1595, "Misir wot, shiro, gomen and atakilt on injera.", ["vegan", "spicy"]],
      ["Meat Combo", 1895, "Doro wot, key wot and beef tibs on injera.", ["spicy"]],
      ["Mixed Combo for Two", 3295, "Two meat and four vegetable dishes on a large injera.", ["spicy"], { prepMinutes: 12 }],
    ],
  },
  {
    name: "Wot",
    kind: "PREPARED",
    prepMinutes: 4,
    items: [
      ["Doro Wot", 1695, "Chicken and egg in berbere and spiced butter, injera.", ["spicy"]],
      ["Key Wot", 1750, "Beef stewed in berbere, injera.", ["spicy"]],
      ["Misir Wot", 1295, "Red lentils in berbere, injera.", ["vegan", "spicy"]],
      ["Shiro", 1195, "Smooth chickpea stew, injera.", ["vegan"]],
      ["Gomen", 1150, "Collard greens with garlic and ginger, injera.", ["vegan"]],
      ["Atakilt Wot", 1150, "Cabbage, carrot and potato, injera.", ["vegan"]],
    ],
  },
  {
    name: "Tibs",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Beef Tibs", 1795, "Sautéed beef, onion, rosemary, jalapeño, injera."],
      ["Lamb Tibs", 1895, "Sautéed lamb with awaze, injera.", ["spicy"]],
      ["Kitfo", 1850, "Minced beef with mitmita and spiced butter, served leb-leb (warm).", ["spicy"]],
      ["Mushroom Tibs", 1395, "Mushrooms, onion, tomato, injera.", ["vegan"]],
    ],
  },
  {
    name: "Sides",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Extra Injera", 250, "Sourdough teff flatbread (baked with some wheat).", ["vegan"]],
      ["Lentil Sambusa (2)", 550, "Crisp pastry with spiced lentils.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 6 }],
      ["Ayib", 350, "Fresh crumbly cheese to cool the heat.", ["vegetarian", "gluten-free"]],
      ["Timatim Salad", 550, "Tomato, onion, chilli, lime.", ["vegan", "gluten-free"]],
    ],
  },
  drinks(
    ["Ethiopian Coffee", 395, "Roasted and brewed in a jebena.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 8 }],
    ["Spiced Tea", 295, "Black tea with cinnamon and clove.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
  ),
];
