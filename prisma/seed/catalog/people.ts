// Demo people beyond the five login accounts: the driver fleet and the demo customer's
// saved addresses.

/** driver@swifteats.test plus this many more (driver1@ … driverN@), ~30 in all. */
export const EXTRA_DRIVERS = 29;

export const DRIVER_FIRST_NAMES = [
  "Lars", "Fatima", "Mohamed", "Emma", "Sem", "Noor", "Kevin", "Anouk", "Bilal", "Sophie", "Rohan",
  "Lotte", "Mehmet", "Julia", "Thijs", "Yara", "Dewi", "Joost", "Amira", "Ruben", "Iris", "Tarik",
] as const;

export const DRIVER_LAST_NAMES = [
  "de Jong", "Jansen", "Visser", "Smit", "Meijer", "Bos", "Mulder", "El Idrissi", "Yılmaz", "Ramdin",
  "Kartosen", "de Groot", "van Dijk", "Hoekstra", "Pinas", "Boateng", "Nguyen", "Kaya", "Peeters",
] as const;

/** Bikes dominate Amsterdam delivery; scooters and a few cars cover the outskirts. */
export const VEHICLE_WEIGHTS = [
  { vehicle: "BICYCLE", weight: 0.6 },
  { vehicle: "SCOOTER", weight: 0.3 },
  { vehicle: "CAR", weight: 0.1 },
] as const;

/** Where drivers were last seen and demo restaurants stand: central Amsterdam. */
export const AMSTERDAM_BOUNDS = { minLat: 52.33, maxLat: 52.4, minLng: 4.84, maxLng: 4.95 } as const;

export const CUSTOMER_ADDRESSES = [
  { label: "Home", line1: "Govert Flinckstraat 251, 1073 BX", lat: 52.3551, lng: 4.8955, notes: "Third floor, ring twice.", isDefault: true },
  { label: "Work", line1: "Gustav Mahlerplein 2, 1082 MA", lat: 52.3389, lng: 4.8727, notes: "Reception desk, ground floor.", isDefault: false },
  { label: "Friends", line1: "Tweede Jan Steenstraat 14, 1073 VM", lat: 52.3547, lng: 4.8918, notes: null, isDefault: false },
] as const;
