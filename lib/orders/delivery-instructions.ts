// Instructions for the driver (floor, door, "leave at the door"): at most this long, here,
// at checkout and in the orders table's CHECK (migration 20261204040022). Its own module so
// the checkout form can read it without loading the order placement code.
export const DELIVERY_INSTRUCTIONS_MAX = 300;
