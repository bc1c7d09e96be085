"use client";
// Where the order goes, kept as one thing: the address text and the pin always say the same
// place. Choosing a suggestion moves the pin; moving the pin fills the address from reverse
// geocoding; text typed without choosing is looked up when the box is left (and before the
// order is sent), so the driver never goes to a pin the address does not describe.
import { useRef, useState } from "react";
import type { LatLng } from "@/lib/geo/geohash";
import { reverseGeocode, searchAddresses } from "@/components/address/address-api";
import type { AddressOption } from "@/components/address/address-combobox";

const AMSTERDAM: LatLng = { lat: 52.3731, lng: 4.8926 };

/** What the customer is told about the place, as data the fields word in the reader's language. */
export type PlaceNote =
  | { kind: "picked" | "fromPin"; address: string }
  | { kind: "notFound"; text: string }
  | { kind: "lookingUp" | "noStreet" };

export interface DeliveryPlace {
  address: string;
  lat: number;
  lng: number;
}

export function useDeliveryPlace(initial: AddressOption | undefined) {
  const [address, setAddress] = useState(initial?.label ?? "");
  const [pin, setPin] = useState<LatLng>(initial ? { lat: initial.lat, lng: initial.lng } : AMSTERDAM);
  const [instructions, setInstructions] = useState(initial?.notes ?? "");
  /** The address text the pin stands for; null until one is chosen, looked up or pinned. */
  const [pinFor, setPinFor] = useState<string | null>(initial?.label ?? null);
  const [note, setNote] = useState<PlaceNote | null>(null);
  // Only the newest lookup may change the place: an older answer arriving late is dropped.
  const lookup = useRef(0);

  function pick(option: AddressOption) {
    lookup.current++;
    setAddress(option.label);
    setPin({ lat: option.lat, lng: option.lng });
    setPinFor(option.label);
    if (option.notes && !instructions.trim()) setInstructions(option.notes);
    setNote({ kind: "picked", address: option.label });
  }

  async function movePin(point: LatLng) {
    const mine = ++lookup.current;
    setPin(point);
    setNote({ kind: "lookingUp" });
    const found = await reverseGeocode(point).catch(() => null);
    if (mine !== lookup.current) return;
    if (found) {
      setAddress(found.label);
      setPinFor(found.label);
      setNote({ kind: "fromPin", address: found.label });
    } else {
      // The customer placed the pin on purpose: it stands for what they typed.
      setPinFor(address.trim());
      setNote({ kind: "noStreet" });
    }
  }

  /** The place to send: the typed text looked up when the pin does not stand for it yet; null when it cannot be found. */
  async function confirm(): Promise<DeliveryPlace | null> {
    const text = address.trim();
    if (!text) return null;
    if (text === pinFor) return { address: text, ...pin };
    const mine = ++lookup.current;
    const [best] = await searchAddresses(text, pin).catch(() => []);
    if (mine !== lookup.current) return null;
    if (!best) {
      setNote({ kind: "notFound", text });
      return null;
    }
    pick(best);
    return { address: best.label, lat: best.lat, lng: best.lng };
  }

  return { address, setAddress, pin, movePin, pick, confirm, instructions, setInstructions, note };
}
