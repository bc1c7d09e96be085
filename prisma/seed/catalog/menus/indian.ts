// Indian: a Punjabi curry house (curries cooked ahead in the morning, so PREPARED) and a
// Mumbai street-food kitchen.
import type { MenuSpec } from "../types";
import { SPICE_LEVEL } from "../option-groups";
import { drinks } from "./drinks";

export const SPICE_OF_PUNJAB_MENU: MenuSpec = [
  {
    name: "Starters",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Onion Bhaji (4)", 595, "Crisp onion fritters in chickpea batter, tamarind chutney.", ["vegan", "gluten-free"]],
      ["Vegetable Samosa (2)", 595, "Spiced potato and peas in pastry.", ["vegan"]],
      ["Chicken Tikka", 895, "Yoghurt-marinated chicken from the tandoor.", ["halal", "gluten-free"]],
      ["Paneer Tikka", 850, "Charred paneer, peppers, onion.", ["vegetarian", "gluten-free"]],
      ["Amritsari Fish Pakora", 950, "Carom-spiced fried fish, mint chutney."],
      ["Papadums & Chutneys", 395, "Two papadums, mango chutney, lime pickle, raita.", ["vegetarian", "gluten-free"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  {
    name: "Curries",
    groups: [SPICE_LEVEL],
    kind: "PREPARED",
    prepMinutes: 4,
    items: [
      ["Butter Chicken", 1695, "Tandoori chicken in a silky tomato, butter and fenugreek sauce.", ["halal", "gluten-free"]],
      ["Chicken Tikka Masala", 1695, "Grilled chicken tikka in spiced tomato and cream.", ["halal", "gluten-free"]],
      ["Chicken Madras", 1650, "Hot and tangy, with curry leaves.", ["halal", "gluten-free", "spicy"]],
      ["Lamb Rogan Josh", 1895, "Kashmiri chilli, slow-cooked lamb shoulder.", ["halal", "gluten-free", "spicy"]],
      ["Lamb Vindaloo", 1895, "Fiery, vinegar-sharp Goan-style lamb.", ["halal", "gluten-free", "spicy"]],
      ["Prawn Malabar", 1950, "King prawns, coconut, tamarind, mustard seed.", ["gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 10 }],
      ["Palak Paneer", 1495, "Paneer in spiced spinach.", ["vegetarian", "gluten-free"]],
      ["Dal Makhani", 1295, "Black lentils simmered overnight with butter.", ["vegetarian", "gluten-free"]],
      ["Chana Masala", 1295, "Chickpeas, tomato, ginger, amchur.", ["vegan", "gluten-free"]],
      ["Aloo Gobi", 1295, "Potato and cauliflower with cumin and turmeric.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Tandoor & Biryani",
    kind: "MADE_TO_ORDER",
    prepMinutes: 15,
    items: [
      ["Tandoori Chicken (half)", 1750, "On the bone, smoky and red.", ["halal", "gluten-free", "spicy"]],
      ["Lamb Seekh Kebab", 1650, "Minced lamb skewers, onion salad.", ["halal", "gluten-free"]],
      ["Tandoori Mixed Grill", 2295, "Chicken tikka, seekh kebab, tandoori chicken and prawns.", ["gluten-free"], { prepMinutes: 18 }],
      ["Chicken Biryani", 1795, "Dum-cooked basmati with chicken, saffron, fried onion, raita.", ["halal", "gluten-free"]],
      ["Vegetable Biryani", 1495, "Seasonal vegetables, saffron basmati, raita.", ["vegetarian", "gluten-free"]],
    ],
  },
  {
    name: "Breads & Rice",
    kind: "MADE_TO_ORDER",
    prepMinutes: 5,
    items: [
      ["Plain Naan", 295, "From the tandoor.", ["vegetarian"]],
      ["Garlic Naan", 350, "With garlic and coriander.", ["vegetarian"]],
      ["Cheese Naan", 450, "Stuffed with melted cheese.", ["vegetarian"]],
      ["Peshwari Naan", 450, "Coconut, almond and sultana.", ["vegetarian"]],
      ["Tandoori Roti", 250, "Wholewheat flatbread.", ["vegan"]],
      ["Basmati Rice", 350, "Steamed.", ["vegan", "gluten-free"], { kind: "PREPARED", prepMinutes: 1 }],
      ["Pilau Rice", 395, "With whole spices.", ["vegan", "gluten-free"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  {
    name: "Sides & Desserts",
    kind: "PREPARED",
    prepMinutes: 1,
    items: [
      ["Cucumber Raita", 295, "Yoghurt, cucumber, roasted cumin.", ["vegetarian", "gluten-free"]],
      ["Mango Chutney", 150, "Sweet and mild.", ["vegan", "gluten-free"]],
      ["Gulab Jamun (3)", 495, "Milk dumplings in rose-cardamom syrup.", ["vegetarian"]],
      ["Mango Kulfi", 495, "Indian ice cream.", ["vegetarian", "gluten-free"]],
    ],
  },
  drinks(
    ["Mango Lassi", 450, "Alphonso mango and yoghurt.", ["vegetarian", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 2 }],
    ["Masala Chai", 295, "Brewed with milk and spices.", ["vegetarian"], { kind: "MADE_TO_ORDER", prepMinutes: 4 }],
  ),
];

export const BOMBAY_TIFFIN_MENU: MenuSpec = [
  {
    name: "Street Food",
    kind: "MADE_TO_ORDER",
    prepMinutes: 6,
    items: [
      ["Pav Bhaji", 1095, "Buttery vegetable mash with toasted pav buns.", ["vegetarian"]],
      ["Vada Pav (2)", 795, "Spiced potato fritter in a bun, green chutney.", ["vegan", "spicy"]],
      ["Pani Puri (8)", 695, "Hollow puris, spiced potato, tangy mint water.", ["vegan", "spicy"]],
      ["Bhel Puri", 650, "Puffed rice, sev, onion, tamarind.", ["vegan"]],
      ["Samosa Chaat", 750, "Crushed samosa, chickpeas, yoghurt, chutneys.", ["vegetarian"]],
      ["Chicken Frankie", 950, "Egg-washed roti rolled around spiced chicken.", ["halal"]],
    ],
  },
  {
    name: "Thalis",
    kind: "MADE_TO_ORDER",
    prepMinutes: 8,
    items: [
      ["Veg Thali", 1595, "Two curries, dal, rice, roti, raita, pickle, sweet.", ["vegetarian"]],
      ["Chicken Thali", 1795, "Chicken Chettinad, dal, rice, roti, raita, pickle.", ["halal", "spicy"]],
      ["Goan Fish Thali", 1895, "Coconut fish curry, rice, sol kadhi, vegetables.", ["spicy"]],
    ],
  },
  {
    name: "Curries",
    kind: "PREPARED",
    prepMinutes: 4,
    items: [
      ["Chicken Chettinad", 1650, "Black pepper and roasted coconut.", ["halal", "gluten-free", "spicy"]],
      ["Goan Prawn Curry", 1895, "Prawns, kokum, coconut.", ["gluten-free", "spicy"]],
      ["Keema Matar", 1595, "Minced lamb with peas.", ["halal", "gluten-free"]],
      ["Paneer Butter Masala", 1450, "Paneer in a mild tomato-cashew gravy.", ["vegetarian", "gluten-free"]],
      ["Dal Tadka", 1195, "Yellow lentils tempered with garlic and cumin.", ["vegan", "gluten-free"]],
      ["Baingan Bharta", 1295, "Fire-roasted aubergine with onion and tomato.", ["vegan", "gluten-free"]],
    ],
  },
  {
    name: "Breads, Rice & Sweets",
    kind: "MADE_TO_ORDER",
    prepMinutes: 4,
    items: [
      ["Butter Naan", 325, "Brushed with butter.", ["vegetarian"]],
      ["Lachha Paratha", 375, "Flaky layered flatbread.", ["vegetarian"]],
      ["Jeera Rice", 395, "Basmati with cumin.", ["vegan", "gluten-free"], { kind: "PREPARED", prepMinutes: 1 }],
      ["Rasmalai (2)", 550, "Soft cheese dumplings in saffron milk.", ["vegetarian", "gluten-free"], { kind: "PREPARED", prepMinutes: 1 }],
    ],
  },
  drinks(
    ["Sweet Lassi", 425, "Yoghurt, sugar, cardamom.", ["vegetarian", "gluten-free"], { kind: "MADE_TO_ORDER", prepMinutes: 2 }],
    ["Nimbu Soda", 350, "Fresh lime, soda, black salt.", ["vegan"], { kind: "MADE_TO_ORDER", prepMinutes: 2 }],
  ),
];
