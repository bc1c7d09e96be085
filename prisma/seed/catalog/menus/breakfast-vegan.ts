// Daytime kitchens: a bakery, a pancake house and a vegan café. Bakery goods are baked in
// the morning, so most of their items are PREPARED with a limited shelf count.
import type { MenuSpec } from "../types";
import { drinks } from "./drinks";

export const BAKKERIJ_DE_OCHTEND_MENU: MenuSpec = [
  {
    name: "Brood",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Desem Sourdough Loaf", 595, "Wild-yeast wheat and rye, 24-hour rise.", ["vegan"]],
      ["Volkoren Loaf", 450, "Wholewheat, sliced on request.", ["vegan"]],
      ["Spelt Loaf", 525, "100% spelt with sunflower seeds.", ["vegan"]],
      ["Baguette", 295, "Crackly crust, baked three times a day.", ["vegan"]],
    ],
  },
  {
    name: "Viennoiserie",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Croissant", 275, "All-butter, laminated in house.", ["vegetarian"]],
      ["Pain au Chocolat", 325, "Two bars of dark chocolate.", ["vegetarian"]],
      ["Almond Croissant", 395, "Twice-baked with frangipane.", ["vegetarian"]],
      ["Cinnamon Bun", 375, "Cardamom dough, cinnamon butter.", ["vegetarian"]],
      ["Kaasbroodje", 325, "Puff pastry with Dutch cheese.", ["vegetarian"]],
      ["Saucijzenbroodje", 350, "Puff pastry sausage roll."],
    ],
  },
  {
    name: "Gebak",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Appeltaart (slice)", 450, "Deep Dutch apple pie with cinnamon.", ["vegetarian"]],
      ["Appeltaart (whole)", 2895, "Serves eight to ten.", ["vegetarian"]],
      ["Tompouce", 350, "Pastry cream between puff pastry, pink icing.", ["vegetarian"]],
      ["Boterkoek", 295, "Dense Dutch butter cake.", ["vegetarian"]],
      ["Fresh Stroopwafel", 250, "Warm caramel syrup waffle.", ["vegetarian"]],
      // Seasonal (New Year's Eve): listed but sold out, so the menu shows an 86'd item.
      ["Oliebollen (6)", 795, "Dutch doughnuts with powdered sugar.", ["vegan"], { inStock: false }],
    ],
  },
  {
    name: "Ontbijt & Lunch",
    kind: "MADE_TO_ORDER",
    prepMinutes: 5,
    items: [
      ["Uitsmijter Ham & Kaas", 1050, "Three fried eggs on bread with ham and cheese.", [], { prepMinutes: 8 }],
      ["Wentelteefjes", 895, "Dutch French toast with cinnamon and berries.", ["vegetarian"], { prepMinutes: 8 }],
      ["Tosti Ham Kaas", 595, "Toasted sandwich with ham and cheese."],
      ["Broodje Kaas", 550, "Sourdough roll with aged Gouda.", ["vegetarian"], { prepMinutes: 3 }],
      ["Broodje Gezond", 695, "Cheese, ham, egg, cucumber, tomato, lettuce.", [], { prepMinutes: 3 }],
      ["Yoghurt & Granola", 695, "Greek yoghurt, house granola, honey.", ["vegetarian"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  {
    name: "Koffie & Thee",
    kind: "MADE_TO_ORDER",
    prepMinutes: 2,
    items: [
      ["Cappuccino", 350, "Double shot, whole or oat milk.", ["vegetarian"]],
      ["Koffie Verkeerd", 375, "The Dutch café latte.", ["vegetarian"]],
      ["Verse Jus d'Orange", 450, "Squeezed to order.", ["vegan", "gluten-free"]],
      ["Thee", 275, "Loose-leaf black, green or fresh mint.", ["vegan", "gluten-free"]],
    ],
  },
];

export const HET_HOEKJE_MENU: MenuSpec = [
  {
    name: "Pannenkoeken",
    kind: "MADE_TO_ORDER",
    prepMinutes: 9,
    items: [
      ["Naturel", 895, "Plain Dutch pancake with syrup and powdered sugar.", ["vegetarian"]],
      ["Spek", 1150, "Smoked bacon baked in."],
      ["Kaas", 1150, "Young Gouda baked in.", ["vegetarian"]],
      ["Spek & Kaas", 1295, "Bacon and Gouda."],
      ["Appel & Kaneel", 1195, "Apple slices and cinnamon sugar.", ["vegetarian"]],
      ["Appel, Spek & Stroop", 1395, "Apple, bacon and a generous pour of stroop."],
      ["Ham, Kaas & Ananas", 1395, "Ham, cheese and pineapple."],
      ["Geitenkaas, Walnoot & Honing", 1450, "Goat's cheese, walnuts, honey, rocket.", ["vegetarian"]],
      ["Banaan & Nutella", 1250, "Sliced banana and hazelnut spread.", ["vegetarian"]],
      ["Vegan Berry Pancake", 1295, "Oat-milk batter, red berries, maple syrup.", ["vegan"]],
      ["Glutenvrij Naturel", 995, "Buckwheat and rice-flour pancake.", ["vegetarian", "gluten-free"]],
    ],
  },
  {
    name: "Poffertjes & Ontbijt",
    kind: "MADE_TO_ORDER",
    prepMinutes: 7,
    items: [
      ["Poffertjes (15)", 795, "Mini pancakes with butter and powdered sugar.", ["vegetarian"]],
      ["Poffertjes met Aardbeien", 995, "With strawberries and whipped cream.", ["vegetarian"]],
      ["Hollands Ontbijt", 1450, "Bread, cheese, ham, boiled egg, hagelslag, jam, juice.", [], { prepMinutes: 5 }],
      ["Boerenomelet", 1195, "Farmer's omelette with potato, bacon, vegetables.", ["gluten-free"]],
      ["Eggs Benedict", 1295, "Poached eggs, ham, hollandaise, English muffin."],
    ],
  },
  {
    name: "Extra's",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Extra Stroop", 50, "Dutch pancake syrup.", ["vegan", "gluten-free"]],
      ["Slagroom", 150, "Whipped cream.", ["vegetarian", "gluten-free"]],
      ["Vanilla Ice Cream", 250, "One scoop.", ["vegetarian", "gluten-free"]],
    ],
  },
  drinks(
    ["Warme Chocolademelk", 395, "Hot chocolate with whipped cream.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 3 }],
    ["Cappuccino", 350, "Double shot.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 2 }],
    ["Verse Jus d'Orange", 450, "Squeezed to order.", ["vegan", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 2 }],
  ),
];

export const GROEN_EN_ZO_MENU: MenuSpec = [
  {
    name: "Bowls",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Buddha Bowl", 1395, "Quinoa, roasted sweet potato, chickpeas, avocado, tahini.", ["vegan", "gluten-free"]],
      ["Mexican Bowl", 1350, "Black beans, corn, rice, pico de gallo, chipotle cashew cream.", ["vegan", "gluten-free", "spicy"]],
      ["Teriyaki Tempeh Bowl", 1395, "Tempeh, brown rice, broccoli, edamame, sesame.", ["vegan"]],
      ["Falafel & Hummus Bowl", 1295, "Falafel, hummus, tabbouleh, pickles.", ["vegan"]],
      ["Green Goddess Bowl", 1350, "Greens, avocado, peas, herbs, green tahini.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Warm Dishes",
    kind: "MADE_TO_ORDER",
    prepMinutes: 10,
    items: [
      ["Mushroom Stroganoff", 1450, "Paprika mushrooms, cashew cream, rice.", ["vegan"]],
      ["Sweet Potato Curry", 1350, "Coconut, spinach, jasmine rice.", ["vegan", "gluten-free"]],
      ["Jackfruit Rendang", 1495, "Jackfruit slow-cooked in rendang spices.", ["vegan", "gluten-free", "spicy"], { kind: "PREPARED", prepMinutes: 4 }],
      ["Coconut Lentil Dal", 1295, "Red lentils, coconut, lime, flatbread.", ["vegan"], { kind: "PREPARED", prepMinutes: 4 }],
      ["Vegan Lasagne", 1495, "Lentil ragù, cashew béchamel.", ["vegan"], { kind: "PREPARED", prepMinutes: 6 }],
    ],
  },
  {
    name: "Brunch",
    kind: "MADE_TO_ORDER",
    prepMinutes: 7,
    items: [
      ["Avocado Toast", 995, "Sourdough, smashed avocado, dukkah, lime.", ["vegan"]],
      ["Tofu Scramble", 1095, "Turmeric tofu, spinach, mushrooms, toast.", ["vegan"]],
      ["Banana Pancakes", 1050, "Three fluffy pancakes, maple, berries.", ["vegan"]],
      ["Açaí Bowl", 995, "Açaí, banana, granola, coconut.", ["vegan", "gluten-free"], { prepMinutes: 4 }],
      ["Overnight Oats", 750, "Oats, chia, oat milk, apple and cinnamon.", ["vegan"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  {
    name: "Sweets",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Raw Cheesecake", 650, "Cashew and lemon on a date-nut base.", ["vegan", "gluten-free"]],
      ["Carrot Cake", 550, "With cashew frosting.", ["vegan"]],
      ["Peanut Butter Cookie", 350, "Chewy, with sea salt.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Drinks",
    kind: "MADE_TO_ORDER",
    prepMinutes: 3,
    items: [
      ["Oat Flat White", 395, "Double ristretto, oat milk.", ["vegan"]],
      ["Green Smoothie", 595, "Spinach, mango, banana, ginger.", ["vegan", "gluten-free"]],
      ["Fresh Orange Juice", 450, "Squeezed to order.", ["vegan", "gluten-free"]],
      ["Ginger Shot", 295, "Ginger, lemon, turmeric.", ["vegan", "gluten-free"]],
      ["Kombucha", 425, "Local, raspberry.", ["vegan"], { kind: "PREPARED", prepMinutes: 1 }],
      ["Spa Blauw 500 ml", 275, "Still mineral water.", [], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
];
