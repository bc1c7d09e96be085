// The four demo chains and their Amsterdam outlets. Forno Rosso is the chain the demo chain
// admin runs, and its Centrum outlet is where the demo staff member works: it and two more
// Forno Rosso outlets (plus two Stack Burgers) are open around the clock, so the e2e tests
// can order at any hour.
import type { ChainSpec } from "./types";
import { ALWAYS_OPEN, at, EVERY_DAY, FRI_SAT, SUN_TO_THU, TUE_TO_SUN, WEEKDAYS, WEEKEND, lunchAndDinner, on } from "./hours";
import { FORNO_ROSSO_MENU } from "./menus/pizza-pasta";
import { STACK_BURGER_MENU } from "./menus/burgers-snacks";
import { POKE_HAVEN_MENU, SUSHI_NAMI_MENU } from "./menus/japanese-korean";

export const DEMO_CHAIN_SLUG = "forno-rosso";
export const DEMO_STAFF_OUTLET = "Forno Rosso Centrum";

export const CHAINS: readonly ChainSpec[] = [
  {
    name: "Forno Rosso",
    slug: DEMO_CHAIN_SLUG,
    description: "Neapolitan-style pizza from a wood-fired oven, 48-hour dough.",
    cuisines: ["Pizza", "Italian"],
    priceLevel: 2,
    deliveryFeeCents: 249,
    minOrderCents: 1500,
    avgPrepMinutes: 18,
    menu: FORNO_ROSSO_MENU,
    outlets: [
      { name: DEMO_STAFF_OUTLET, address: "Nieuwendijk 142, 1012 MR", lat: 52.3768, lng: 4.8937, hours: ALWAYS_OPEN, tables: true },
      { name: "Forno Rosso De Pijp", address: "Ferdinand Bolstraat 87, 1072 LC", lat: 52.3548, lng: 4.8917, hours: ALWAYS_OPEN },
      { name: "Forno Rosso Oost", address: "Linnaeusstraat 38, 1092 CM", lat: 52.3602, lng: 4.9268, hours: ALWAYS_OPEN },
      { name: "Forno Rosso West", address: "Jan Pieter Heijestraat 120, 1053 GV", lat: 52.3641, lng: 4.8563, hours: on(EVERY_DAY, "11:00", "23:00") },
      {
        name: "Forno Rosso Noord",
        address: "Van der Pekstraat 60, 1031 CV",
        lat: 52.3885,
        lng: 4.9192,
        hours: on(EVERY_DAY, "12:00", "23:00"),
        exceptions: [{ date: "2026-12-25", closed: true, note: "Closed on Christmas Day" }],
      },
      {
        name: "Forno Rosso Zuid",
        address: "Scheldestraat 44, 1078 GM",
        lat: 52.3468,
        lng: 4.8992,
        hours: [...on(WEEKDAYS, "11:30", "23:00"), ...on(WEEKEND, "12:00", "24:00")],
      },
    ],
  },
  {
    name: "Stack Burger Co.",
    slug: "stack-burger-co",
    description: "Smashed double burgers, crinkle-free fries and thick shakes.",
    cuisines: ["Burgers", "American"],
    priceLevel: 2,
    deliveryFeeCents: 199,
    minOrderCents: 1200,
    avgPrepMinutes: 14,
    menu: STACK_BURGER_MENU,
    outlets: [
      { name: "Stack Burger Leidseplein", address: "Leidsekruisstraat 12, 1017 RH", lat: 52.3631, lng: 4.8847, hours: ALWAYS_OPEN },
      { name: "Stack Burger Rembrandtplein", address: "Reguliersbreestraat 30, 1017 CN", lat: 52.3664, lng: 4.8958, hours: ALWAYS_OPEN },
      { name: "Stack Burger Westerpark", address: "Haarlemmerweg 8, 1014 BE", lat: 52.3868, lng: 4.8766, hours: on(EVERY_DAY, "12:00", "23:00") },
      {
        name: "Stack Burger Zuidas",
        address: "Gustav Mahlerlaan 310, 1082 ME",
        lat: 52.3386,
        lng: 4.8733,
        // An office district: a lunch rush on weekdays, a quiet weekend.
        hours: [...lunchAndDinner(WEEKDAYS, "21:30"), ...on(WEEKEND, "12:00", "22:00")],
      },
      { name: "Stack Burger Oud-West", address: "Kinkerstraat 210, 1053 EH", lat: 52.3663, lng: 4.8628, hours: on(EVERY_DAY, "12:00", "23:30") },
      {
        name: "Stack Burger Amstel",
        address: "Wibautstraat 150, 1091 GR",
        lat: 52.3552,
        lng: 4.9128,
        hours: [...on(SUN_TO_THU, "12:00", "23:00"), ...on(FRI_SAT, "12:00", "25:00")],
      },
    ],
  },
  {
    name: "Sushi Nami",
    slug: "sushi-nami",
    description: "Sushi and Japanese warm dishes, rolled to order.",
    cuisines: ["Sushi", "Japanese"],
    priceLevel: 3,
    deliveryFeeCents: 299,
    minOrderCents: 2000,
    avgPrepMinutes: 20,
    menu: SUSHI_NAMI_MENU,
    outlets: [
      { name: "Sushi Nami Jordaan", address: "Rozengracht 101, 1016 LV", lat: 52.3738, lng: 4.8795, hours: lunchAndDinner(), tables: true },
      { name: "Sushi Nami Oud-Zuid", address: "Cornelis Schuytstraat 22, 1071 JG", lat: 52.3518, lng: 4.8731, hours: lunchAndDinner(TUE_TO_SUN, "22:30") },
      {
        name: "Sushi Nami Plantage",
        address: "Plantage Middenlaan 30, 1018 DG",
        lat: 52.366,
        lng: 4.9117,
        hours: on(EVERY_DAY, "16:00", "22:00"),
        exceptions: [{ date: "2026-12-31", closed: false, opensMinute: at("16:00"), closesMinute: at("19:00"), note: "New Year's Eve: closing at 19:00" }],
      },
      { name: "Sushi Nami Watergraafsmeer", address: "Middenweg 95, 1098 AG", lat: 52.3532, lng: 4.9362, hours: on(EVERY_DAY, "16:30", "22:00") },
      { name: "Sushi Nami Centraal", address: "Prins Hendrikkade 50, 1012 AC", lat: 52.377, lng: 4.8985, hours: lunchAndDinner(EVERY_DAY, "23:00") },
    ],
  },
  {
    name: "Poké Haven",
    slug: "poke-haven",
    description: "Hawaiian poke bowls with fresh fish, tofu and bright toppings.",
    cuisines: ["Poke", "Hawaiian", "Healthy"],
    priceLevel: 2,
    deliveryFeeCents: 199,
    minOrderCents: 1200,
    avgPrepMinutes: 10,
    menu: POKE_HAVEN_MENU,
    outlets: [
      { name: "Poké Haven Vijzelstraat", address: "Vijzelstraat 45, 1017 HE", lat: 52.3627, lng: 4.8913, hours: on(EVERY_DAY, "11:00", "21:30") },
      { name: "Poké Haven Overtoom", address: "Overtoom 310, 1054 JE", lat: 52.3597, lng: 4.8652, hours: on(EVERY_DAY, "11:00", "21:30") },
      { name: "Poké Haven Bos en Lommer", address: "Bos en Lommerweg 200, 1055 DT", lat: 52.3788, lng: 4.8492, hours: on(EVERY_DAY, "11:30", "21:00") },
      {
        name: "Poké Haven Zuid",
        address: "Beethovenstraat 70, 1077 JJ",
        lat: 52.3459,
        lng: 4.8772,
        hours: [...on(WEEKDAYS, "11:00", "20:30"), ...on(WEEKEND, "12:00", "20:00")],
      },
      { name: "Poké Haven Oostelijke Eilanden", address: "Czaar Peterstraat 150, 1018 PR", lat: 52.3676, lng: 4.9297, hours: on(EVERY_DAY, "11:30", "21:00") },
    ],
  },
];
