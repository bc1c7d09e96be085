// Word lists for the synthetic benchmark restaurants: city centres to cluster around (real
// density, so nearest-neighbour queries behave as they would in production), names and
// dishes varied enough for trigram search to have something to rank.

export interface ScaleCity {
  name: string;
  lat: number;
  lng: number;
  timeZone: string;
}

export const SCALE_CITIES: readonly ScaleCity[] = [
  { name: "Amsterdam", lat: 52.37, lng: 4.9, timeZone: "Europe/Amsterdam" },
  { name: "Rotterdam", lat: 51.92, lng: 4.48, timeZone: "Europe/Amsterdam" },
  { name: "The Hague", lat: 52.08, lng: 4.3, timeZone: "Europe/Amsterdam" },
  { name: "Utrecht", lat: 52.09, lng: 5.12, timeZone: "Europe/Amsterdam" },
  { name: "Eindhoven", lat: 51.44, lng: 5.47, timeZone: "Europe/Amsterdam" },
  { name: "Groningen", lat: 53.22, lng: 6.57, timeZone: "Europe/Amsterdam" },
  { name: "Brussels", lat: 50.85, lng: 4.35, timeZone: "Europe/Brussels" },
  { name: "Antwerp", lat: 51.22, lng: 4.4, timeZone: "Europe/Brussels" },
  { name: "Ghent", lat: 51.05, lng: 3.72, timeZone: "Europe/Brussels" },
  { name: "Luxembourg", lat: 49.61, lng: 6.13, timeZone: "Europe/Luxembourg" },
  { name: "Paris", lat: 48.86, lng: 2.35, timeZone: "Europe/Paris" },
  { name: "Lille", lat: 50.63, lng: 3.06, timeZone: "Europe/Paris" },
  { name: "Lyon", lat: 45.76, lng: 4.84, timeZone: "Europe/Paris" },
  { name: "Marseille", lat: 43.3, lng: 5.37, timeZone: "Europe/Paris" },
  { name: "Bordeaux", lat: 44.84, lng: -0.58, timeZone: "Europe/Paris" },
  { name: "Toulouse", lat: 43.6, lng: 1.44, timeZone: "Europe/Paris" },
  { name: "Nantes", lat: 47.22, lng: -1.55, timeZone: "Europe/Paris" },
  { name: "Strasbourg", lat: 48.57, lng: 7.75, timeZone: "Europe/Paris" },
  { name: "London", lat: 51.51, lng: -0.13, timeZone: "Europe/London" },
  { name: "Manchester", lat: 53.48, lng: -2.24, timeZone: "Europe/London" },
  { name: "Birmingham", lat: 52.49, lng: -1.89, timeZone: "Europe/London" },
  { name: "Dublin", lat: 53.35, lng: -6.26, timeZone: "Europe/Dublin" },
  { name: "Cologne", lat: 50.94, lng: 6.96, timeZone: "Europe/Berlin" },
  { name: "Düsseldorf", lat: 51.23, lng: 6.77, timeZone: "Europe/Berlin" },
  { name: "Frankfurt", lat: 50.11, lng: 8.68, timeZone: "Europe/Berlin" },
  { name: "Hamburg", lat: 53.55, lng: 9.99, timeZone: "Europe/Berlin" },
  { name: "Berlin", lat: 52.52, lng: 13.4, timeZone: "Europe/Berlin" },
  { name: "Munich", lat: 48.14, lng: 11.58, timeZone: "Europe/Berlin" },
  { name: "Stuttgart", lat: 48.78, lng: 9.18, timeZone: "Europe/Berlin" },
  { name: "Zurich", lat: 47.38, lng: 8.54, timeZone: "Europe/Zurich" },
  { name: "Geneva", lat: 46.2, lng: 6.14, timeZone: "Europe/Zurich" },
  { name: "Milan", lat: 45.46, lng: 9.19, timeZone: "Europe/Rome" },
  { name: "Barcelona", lat: 41.39, lng: 2.17, timeZone: "Europe/Madrid" },
  { name: "Madrid", lat: 40.42, lng: -3.7, timeZone: "Europe/Madrid" },
  { name: "Lisbon", lat: 38.72, lng: -9.14, timeZone: "Europe/Lisbon" },
  { name: "Copenhagen", lat: 55.68, lng: 12.57, timeZone: "Europe/Copenhagen" },
  { name: "Vienna", lat: 48.21, lng: 16.37, timeZone: "Europe/Vienna" },
];

/** Ten dishes per cuisine: the SQL indexes this list as a flat cuisine × dish grid. */
export const DISHES_PER_CUISINE = 10;

export const SCALE_CUISINES: readonly { name: string; dietaryTags: string; dishes: readonly string[] }[] = [
  { name: "Pizza", dietaryTags: "vegetarian", dishes: ["Margherita", "Marinara", "Diavola", "Quattro Formaggi", "Capricciosa", "Funghi", "Calzone", "Prosciutto", "Vegetariana", "Tonno"] },
  { name: "Burgers", dietaryTags: "", dishes: ["Cheeseburger", "Bacon Burger", "Chicken Burger", "Veggie Burger", "Double Smash", "BBQ Burger", "Fries", "Onion Rings", "Milkshake", "Chicken Wings"] },
  { name: "Sushi", dietaryTags: "gluten-free", dishes: ["Salmon Nigiri", "Tuna Maki", "California Roll", "Dragon Roll", "Ebi Tempura", "Edamame", "Miso Soup", "Gyoza", "Sashimi Platter", "Teriyaki Bowl"] },
  { name: "Indian", dietaryTags: "vegetarian|halal", dishes: ["Butter Chicken", "Tikka Masala", "Rogan Josh", "Chana Masala", "Palak Paneer", "Biryani", "Samosa", "Garlic Naan", "Dal Tadka", "Mango Lassi"] },
  { name: "Thai", dietaryTags: "gluten-free", dishes: ["Pad Thai", "Green Curry", "Red Curry", "Massaman Curry", "Tom Yum", "Pad See Ew", "Spring Rolls", "Chicken Satay", "Fried Rice", "Som Tam"] },
  { name: "Kebab", dietaryTags: "halal", dishes: ["Döner Kebab", "Dürüm", "Lahmacun", "Falafel Wrap", "Shish Kebab", "Köfte", "Adana Kebab", "Pide", "Hummus", "Baklava"] },
  { name: "Chinese", dietaryTags: "", dishes: ["Kung Pao Chicken", "Dumplings", "Egg Fried Rice", "Chow Mein", "Sweet and Sour Pork", "Mapo Tofu", "Spring Rolls", "Wonton Soup", "Char Siu", "Bao Buns"] },
  { name: "Mexican", dietaryTags: "vegetarian", dishes: ["Tacos", "Burrito", "Quesadilla", "Nachos", "Enchiladas", "Guacamole", "Churros", "Fajitas", "Tostada", "Elote"] },
  { name: "Vegan", dietaryTags: "vegan|vegetarian", dishes: ["Buddha Bowl", "Falafel Bowl", "Plant Burger", "Lentil Curry", "Tofu Scramble", "Avocado Toast", "Vegan Lasagne", "Quinoa Salad", "Smoothie Bowl", "Vegan Brownie"] },
  { name: "Bakery", dietaryTags: "vegetarian", dishes: ["Croissant", "Pain au Chocolat", "Sourdough Loaf", "Cinnamon Bun", "Apple Pie", "Baguette Sandwich", "Quiche", "Muffin", "Cheesecake", "Cappuccino"] },
  { name: "Poke", dietaryTags: "gluten-free", dishes: ["Salmon Poke", "Tuna Poke", "Tofu Poke", "Chicken Poke", "Shrimp Poke", "Vegan Poke", "Edamame", "Seaweed Salad", "Açaí Bowl", "Iced Matcha"] },
  { name: "Greek", dietaryTags: "vegetarian", dishes: ["Gyros", "Souvlaki", "Moussaka", "Greek Salad", "Tzatziki", "Spanakopita", "Halloumi", "Dolmades", "Bifteki", "Baklava"] },
];

/** Prefixes that turn ten dishes into a hundred distinct item names per restaurant. */
export const DISH_MODIFIERS = ["Classic", "House", "Spicy", "Deluxe", "Mini", "Family", "Smoky", "Crispy", "Grilled", "Chef's"] as const;

export const NAME_ADJECTIVES = [
  "Golden", "Little", "Rustic", "Happy", "Royal", "Urban", "Hidden", "Lucky", "Blue", "Red", "Green", "Wild",
  "Old", "New", "Sunny", "Silver", "Hungry", "Spicy", "Sweet", "Smoky", "Tiny", "Grand", "Corner", "Midnight",
] as const;

export const NAME_NOUNS = [
  "Lotus", "Oven", "Kitchen", "Garden", "Spoon", "Fork", "Table", "Bowl", "Grill", "Dragon", "Olive", "Saffron",
  "Bamboo", "Lantern", "Harbour", "Market", "Pepper", "Basil", "Tandoor", "Wok", "Bakery", "Taverna", "Cantina", "Diner",
] as const;
