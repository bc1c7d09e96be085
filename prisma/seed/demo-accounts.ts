// The demo logins, shared by the seed, the start-up banner and the e2e tests.
import type { Role } from "@/lib/generated/prisma/enums";
import { LANDING } from "@/lib/auth/actor";

export const DEMO_PASSWORD = "swifteats-demo";

function account(email: string, name: string, role: Role) {
  return { email, password: DEMO_PASSWORD, name, role, landing: LANDING[role] };
}

/** The customer comes first: the banner and the sign-in tests treat it as the default login. */
export const DEMO_ACCOUNTS: readonly { email: string; password: string; name: string; role: Role; landing: string }[] = [
  account("customer@swifteats.test", "Sanne de Vries", "CUSTOMER"),
  account("staff@swifteats.test", "Youssef El Amrani", "RESTAURANT_STAFF"),
  account("driver@swifteats.test", "Daan Bakker", "DRIVER"),
  account("chainadmin@swifteats.test", "Marieke Jansen", "CHAIN_ADMIN"),
  account("admin@swifteats.test", "Priya Ramdin", "PLATFORM_ADMIN"),
];

/** Table T1 of the demo staff member's outlet. Fixed so the banner and tests can print and
 *  open the tablet URL; every other table token is derived (see build-demo-plan.ts). */
export const DEMO_TABLE_TOKEN = "demo-table-Xq7vN2pL9kRt4sWm8aYc3bEh";
