// Italian: the Forno Rosso pizza chain and an independent trattoria.
import type { MenuSpec } from "../types";
import { DRINK_SIZE, PIZZA_CRUST, PIZZA_EXTRAS, PIZZA_SIZE } from "../option-groups";
import { drinks } from "./drinks";

export const FORNO_ROSSO_MENU: MenuSpec = [
  {
    name: "Pizze",
    kind: "MADE_TO_ORDER",
    prepMinutes: 12,
    groups: [PIZZA_EXTRAS],
    allergens: ["gluten"],
    items: [
      ["Margherita", 1150, "San Marzano tomato, fior di latte, basil, extra-virgin olive oil.", ["vegetarian"]],
      ["Marinara", 995, "Tomato, garlic, oregano and olive oil – no cheese.", ["vegan"]],
      ["Quattro Formaggi", 1450, "Mozzarella, gorgonzola, taleggio and parmigiano.", ["vegetarian"]],
      ["Diavola", 1395, "Tomato, mozzarella, spicy salame Calabrese, chilli oil.", ["spicy"]],
      ["Prosciutto e Funghi", 1425, "Tomato, mozzarella, cooked ham, roasted mushrooms."],
      ["Capricciosa", 1495, "Ham, mushrooms, artichoke, black olives, tomato, mozzarella."],
      ["Tonno e Cipolla", 1395, "Tuna, red onion, capers, tomato, mozzarella."],
      ["Salsiccia e Friarielli", 1550, "Fennel sausage, Neapolitan broccoli rabe, smoked provola."],
      ["Ortolana Vegana", 1350, "Grilled courgette, aubergine and peppers, tomato, vegan mozzarella.", ["vegan"]],
      ["Burrata e Pomodorini", 1650, "Cherry tomatoes, basil pesto, a whole burrata added after the oven.", ["vegetarian"]],
      ["'Nduja e Miele", 1575, "Spicy 'nduja, mozzarella, red onion, a drizzle of Italian honey.", ["spicy"]],
      ["Calzone Classico", 1495, "Folded pizza with ham, ricotta, mozzarella and tomato."],
      ["Margherita Senza Glutine", 1395, "Our Margherita on a certified gluten-free base.", ["vegetarian", "gluten-free"], { prepMinutes: 14 }],
      ["Pizza a Modo Tuo", 1050, "Build your own: tomato, fior di latte and basil in the size you like, then up to five extras.", ["vegetarian"], { groups: [PIZZA_SIZE, PIZZA_CRUST] }],
    ],
  },
  {
    name: "Antipasti",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Garlic Bread", 595, "Wood-oven focaccia with garlic butter and parsley.", ["vegetarian"]],
      ["Garlic Bread with Mozzarella", 695, "Our garlic bread, baked with melted mozzarella.", ["vegetarian"]],
      ["Bruschetta al Pomodoro", 725, "Toasted sourdough, tomato, garlic, basil.", ["vegan"]],
      ["Arancini (3)", 795, "Fried saffron risotto balls filled with mozzarella, arrabbiata dip.", ["vegetarian"]],
      ["Insalata Caprese", 895, "Buffalo mozzarella, vine tomato, basil, olive oil.", ["vegetarian", "gluten-free"]],
      ["Insalata Rucola", 750, "Rocket, cherry tomato, parmigiano shavings, balsamic.", ["vegetarian", "gluten-free"]],
      ["Alette Piccanti (8)", 895, "Oven-roasted chicken wings with Calabrian chilli glaze.", ["spicy", "gluten-free"]],
    ],
  },
  {
    name: "Dolci",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Tiramisu", 650, "Mascarpone, savoiardi, espresso, cocoa.", ["vegetarian"]],
      ["Panna Cotta", 595, "Vanilla cream with red berry coulis.", ["vegetarian", "gluten-free"]],
      ["Cannoli Siciliani (2)", 595, "Crisp shells filled with sweet ricotta and pistachio.", ["vegetarian"]],
      ["Pizzetta alla Nutella", 795, "Small pizza base with Nutella and hazelnuts.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 8 }],
    ],
  },
  drinks(
    ["San Pellegrino Limonata 330 ml", 325, "Sparkling Sicilian lemon."],
    ["San Pellegrino Aranciata 330 ml", 325, "Sparkling orange."],
    ["Limonata della Casa", 395, "Our own lemonade with Amalfi lemons and mint.", ["vegan"], { kind: "MADE_TO_ORDER", groups: [DRINK_SIZE] }],
  ),
];

export const TRATTORIA_DA_MARCO_MENU: MenuSpec = [
  {
    name: "Antipasti",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Vitello Tonnato", 1250, "Thinly sliced rose veal, tuna-caper sauce."],
      ["Burrata con Pomodori", 1295, "Apulian burrata, heirloom tomatoes, basil oil.", ["vegetarian"]],
      ["Carpaccio di Manzo", 1350, "Beef carpaccio, rocket, parmigiano, lemon.", ["gluten-free"]],
      ["Minestrone", 795, "Vegetable and bean soup, made every morning.", ["vegan"], { kind: "PREPARED", prepMinutes: 3 }],
    ],
  },
  {
    name: "Primi",
    kind: "MADE_TO_ORDER",
    prepMinutes: 14,
    items: [
      ["Spaghetti alla Carbonara", 1650, "Guanciale, egg yolk, pecorino romano, black pepper."],
      ["Tagliatelle al Ragù", 1695, "Fresh egg pasta with slow-cooked beef and pork ragù."],
      ["Penne all'Arrabbiata", 1350, "Tomato, garlic and plenty of chilli.", ["vegan", "spicy"]],
      ["Linguine alle Vongole", 1995, "Clams, white wine, garlic, parsley."],
      ["Pappardelle ai Porcini", 1795, "Porcini mushrooms, butter, thyme, parmigiano.", ["vegetarian"]],
      ["Gnocchi al Pesto", 1550, "Potato gnocchi, Genovese basil pesto, green beans.", ["vegetarian"]],
      ["Ravioli Ricotta e Spinaci", 1650, "Handmade ravioli, sage butter.", ["vegetarian"]],
      ["Risotto ai Funghi", 1795, "Carnaroli rice, mixed mushrooms, parmigiano.", ["vegetarian", "gluten-free"], { prepMinutes: 20 }],
      ["Lasagna della Nonna", 1750, "Layers of ragù, béchamel and parmigiano, baked each afternoon.", [], { kind: "PREPARED", prepMinutes: 6 }],
    ],
  },
  {
    name: "Secondi",
    kind: "MADE_TO_ORDER",
    prepMinutes: 20,
    items: [
      ["Saltimbocca alla Romana", 2450, "Veal escalopes, prosciutto, sage, white wine, roast potatoes."],
      ["Pollo alla Cacciatora", 2150, "Braised chicken with tomato, olives, rosemary.", ["gluten-free"]],
      ["Branzino al Forno", 2650, "Whole oven-roasted sea bass, lemon, capers.", ["gluten-free"]],
      ["Parmigiana di Melanzane", 1850, "Baked aubergine, tomato, mozzarella, basil.", ["vegetarian"], { kind: "PREPARED", prepMinutes: 6 }],
    ],
  },
  {
    name: "Dolci",
    kind: "PREPARED",
    prepMinutes: 2,
    items: [
      ["Tiramisu della Casa", 795, "Our family recipe, with a splash of marsala.", ["vegetarian"]],
      ["Torta Caprese", 750, "Flourless chocolate and almond cake.", ["vegetarian", "gluten-free"]],
      ["Affogato", 650, "Vanilla gelato drowned in a hot espresso.", ["vegetarian", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
    ],
  },
  drinks(["San Pellegrino 750 ml", 550, "Sparkling mineral water to share."]),
];
