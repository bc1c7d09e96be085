// What drivers see of an offer and of their job (GET /api/v1/driver/me, the offer and job
// routes, and the `offer:new` / `job:updated` socket events). The delivery code is never
// part of it: the driver hears it from the customer.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export interface Place {
  name: string;
  address: string;
  lat: number;
  lng: number;
}

export interface Dropoff {
  address: string;
  lat: number;
  lng: number;
  /** The customer's words for the driver (floor, door, "leave at the door"), or null. */
  instructions: string | null;
}

export interface Offer {
  id: string;
  orderId: string;
  restaurant: Place;
  dropoff: Dropoff;
  distanceMeters: number;
  pickupEtaSeconds: number;
  payoutCents: number;
  /** ISO 8601. */
  offeredAt: string;
  /** ISO 8601: after this the offer is gone (accepting answers 409). */
  expiresAt: string;
}

export interface Job {
  orderId: string;
  status: OrderStatus;
  restaurant: Place;
  dropoff: Dropoff;
  customerName: string;
  items: { name: string; quantity: number }[];
  payoutCents: number;
  /** ISO 8601, or null. */
  readyAt: string | null;
  etaAt: string | null;
}

const placeSelect = { name: true, address: true, lat: true, lng: true } as const;
const dropoffSelect = { deliveryAddress: true, deliveryLat: true, deliveryLng: true, deliveryInstructions: true } as const;

type DropoffRow = { deliveryAddress: string | null; deliveryLat: number | null; deliveryLng: number | null; deliveryInstructions: string | null };
const toDropoff = (order: DropoffRow): Dropoff => ({
  address: order.deliveryAddress ?? "",
  lat: order.deliveryLat ?? 0,
  lng: order.deliveryLng ?? 0,
  instructions: order.deliveryInstructions,
});

export const offerSelect = {
  id: true,
  orderId: true,
  distanceMeters: true,
  pickupEtaSeconds: true,
  payoutCents: true,
  offeredAt: true,
  expiresAt: true,
  order: { select: { ...dropoffSelect, restaurant: { select: placeSelect } } },
} as const satisfies Prisma.DeliveryOfferSelect;

export function toOffer(row: Prisma.DeliveryOfferGetPayload<{ select: typeof offerSelect }>): Offer {
  const { order, offeredAt, expiresAt, ...rest } = row;
  return { ...rest, restaurant: order.restaurant, dropoff: toDropoff(order), offeredAt: offeredAt.toISOString(), expiresAt: expiresAt.toISOString() };
}

export const jobSelect = {
  id: true,
  status: true,
  ...dropoffSelect,
  driverPayoutCents: true,
  readyAt: true,
  etaAt: true,
  restaurant: { select: placeSelect },
  customer: { select: { name: true } },
  items: { select: { name: true, quantity: true }, orderBy: { name: "asc" } },
} as const satisfies Prisma.OrderSelect;

export function toJob(row: Prisma.OrderGetPayload<{ select: typeof jobSelect }>): Job {
  return {
    orderId: row.id,
    status: row.status,
    restaurant: row.restaurant,
    dropoff: toDropoff(row),
    customerName: row.customer?.name ?? "",
    items: row.items,
    payoutCents: row.driverPayoutCents ?? 0,
    readyAt: row.readyAt?.toISOString() ?? null,
    etaAt: row.etaAt?.toISOString() ?? null,
  };
}
