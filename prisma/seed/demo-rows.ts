// The demo plan as table rows, with ids assigned up front so related rows can be written
// with createMany (one statement per table) instead of thousands of nested creates.
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_PARTNER_API_KEYS, DEMO_PARTNER_POLL_SECONDS, SALES_CHANNELS } from "./catalog/channels";
import { CUSTOMER_ADDRESSES } from "./catalog/people";
import type { DemoPlan } from "./build-demo-plan";

export interface DemoRows {
  chains: Prisma.ChainCreateManyInput[];
  restaurants: Prisma.RestaurantCreateManyInput[];
  periods: Prisma.OpeningPeriodCreateManyInput[];
  exceptions: Prisma.OpeningExceptionCreateManyInput[];
  categories: Prisma.MenuCategoryCreateManyInput[];
  items: Prisma.FoodItemCreateManyInput[];
  optionGroups: Prisma.OptionGroupCreateManyInput[];
  options: Prisma.MenuOptionCreateManyInput[];
  itemOptionGroups: Prisma.ItemOptionGroupCreateManyInput[];
  inventory: Prisma.InventoryCreateManyInput[];
  tables: Prisma.DiningTableCreateManyInput[];
  channels: Prisma.SalesChannelCreateManyInput[];
  listings: Prisma.ListingCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  staff: Prisma.StaffAssignmentCreateManyInput[];
  addresses: Prisma.AddressCreateManyInput[];
  drivers: Prisma.DriverCreateManyInput[];
}

const PARTNER_CODES = new Set(SALES_CHANNELS.filter((c) => c.kind === "PARTNER").map((c) => c.code));

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function restaurantRows(plan: DemoPlan, rows: DemoRows, chainIds: Map<string, string>, channelIds: Map<string, string>) {
  const restaurantIds = new Map<string, string>();
  for (const r of plan.restaurants) {
    const restaurantId = randomUUID();
    restaurantIds.set(r.name, restaurantId);
    const { chainSlug, periods, exceptions, categories, optionGroups, tables, channelCodes, ...fields } = r;
    rows.restaurants.push({ ...fields, id: restaurantId, chainId: chainSlug ? chainIds.get(chainSlug)! : null });
    rows.periods.push(...periods.map((p) => ({ ...p, restaurantId })));
    rows.exceptions.push(
      ...exceptions.map((e) => ({
        restaurantId,
        date: new Date(`${e.date}T00:00:00Z`),
        closed: e.closed,
        opensMinute: e.opensMinute ?? null,
        closesMinute: e.closesMinute ?? null,
        note: e.note,
      })),
    );
    const groupIds = optionGroups.map(({ options, ...group }) => {
      const groupId = randomUUID();
      rows.optionGroups.push({ ...group, id: groupId, restaurantId });
      rows.options.push(...options.map((option) => ({ ...option, groupId, restaurantId })));
      return groupId;
    });
    for (const category of categories) {
      const categoryId = randomUUID();
      rows.categories.push({ id: categoryId, restaurantId, name: category.name, position: category.position });
      for (const { quantity, maxQuantity, groups, ...item } of category.items) {
        const itemId = randomUUID();
        rows.items.push({ ...item, id: itemId, restaurantId, categoryId });
        rows.inventory.push({ itemId, restaurantId, quantity, maxQuantity });
        rows.itemOptionGroups.push(...groups.map((group, position) => ({ itemId, groupId: groupIds[group]!, position })));
      }
    }
    rows.tables.push(...tables.map((t) => ({ ...t, restaurantId })));
    rows.listings.push(
      ...channelCodes.map((code) => ({
        restaurantId,
        channelId: channelIds.get(code)!,
        // Partner marketplaces know the outlet by their own id; ours need none.
        externalId: PARTNER_CODES.has(code) ? `${code}:${slugify(r.name)}` : null,
      })),
    );
  }
  return restaurantIds;
}

function peopleRows(plan: DemoPlan, rows: DemoRows, passwordHash: string, chainIds: Map<string, string>, restaurantIds: Map<string, string>) {
  const userIds = new Map<string, string>(); // by email
  const demoUserId = (role: Role) => userIds.get(DEMO_ACCOUNTS.find((a) => a.role === role)!.email)!;
  const accounts = [
    ...DEMO_ACCOUNTS.map(({ email, name, role }) => ({ email, name, role })),
    ...plan.drivers.slice(1).map(({ email, name }) => ({ email, name, role: "DRIVER" as const })),
  ];
  for (const { email, name, role } of accounts) {
    const id = randomUUID();
    userIds.set(email, id);
    rows.users.push({ id, email, name, role, passwordHash, chainId: role === "CHAIN_ADMIN" ? chainIds.get(plan.adminChainSlug)! : null });
  }
  rows.staff.push({ userId: demoUserId("RESTAURANT_STAFF"), restaurantId: restaurantIds.get(plan.staffOutlet)! });
  rows.addresses.push(...CUSTOMER_ADDRESSES.map((a) => ({ ...a, userId: demoUserId("CUSTOMER"), city: "Amsterdam" })));
  rows.drivers.push(
    ...plan.drivers.map(({ email, vehicle, lastLat, lastLng, rating }) => ({
      userId: userIds.get(email)!,
      vehicle,
      status: "OFFLINE" as const,
      lastLat,
      lastLng,
      rating,
    })),
  );
}

/** Every user shares `passwordHash`: scrypt is deliberately slow, so the seed hashes once. */
export function toDemoRows(plan: DemoPlan, passwordHash: string): DemoRows {
  const rows: DemoRows = {
    chains: [],
    restaurants: [],
    periods: [],
    exceptions: [],
    categories: [],
    items: [],
    optionGroups: [],
    options: [],
    itemOptionGroups: [],
    inventory: [],
    tables: [],
    channels: [],
    listings: [],
    users: [],
    staff: [],
    addresses: [],
    drivers: [],
  };
  const chainIds = new Map(plan.chains.map((c) => [c.slug, randomUUID()]));
  rows.chains = plan.chains.map((c) => ({ ...c, id: chainIds.get(c.slug)! }));
  const channelIds = new Map(SALES_CHANNELS.map((c) => [c.code, randomUUID()]));
  rows.channels = SALES_CHANNELS.map((c) => {
    const apiKey = DEMO_PARTNER_API_KEYS[c.code];
    return {
      ...c,
      id: channelIds.get(c.code)!,
      // Partner feeds: PARTNER_FEED_URL (the simulated feed) unless a channel sets its own.
      feedUrl: null,
      ...(apiKey && { apiKeyHash: createHash("sha256").update(apiKey).digest("hex"), pollSeconds: DEMO_PARTNER_POLL_SECONDS }),
    };
  });
  const restaurantIds = restaurantRows(plan, rows, chainIds, channelIds);
  peopleRows(plan, rows, passwordHash, chainIds, restaurantIds);
  return rows;
}
