"use client";
// Checkout's delivery section: the address box (saved addresses and suggestions), the map
// whose pin follows it and fills it, and the instructions for the driver.
import dynamic from "next/dynamic";
import { AddressCombobox, type AddressOption } from "@/components/address/address-combobox";
import { DELIVERY_INSTRUCTIONS_MAX } from "@/lib/orders/delivery-instructions";
import type { useDeliveryPlace } from "./use-delivery-place";

// Leaflet needs `window`: load the map in the browser only.
const LocationPicker = dynamic(() => import("@/components/map/location-picker"), {
  ssr: false,
  loading: () => <div className="map map-loading">Loading map…</div>,
});

export function DeliveryFields({ place, saved }: { place: ReturnType<typeof useDeliveryPlace>; saved: AddressOption[] }) {
  return (
    <>
      <AddressCombobox
        id="delivery-address"
        label="Delivery address"
        placeholder="Street and number, e.g. Damrak 1"
        value={place.address}
        onValueChange={place.setAddress}
        onPick={place.pick}
        onBlur={() => void place.confirm()}
        near={place.pin}
        saved={saved}
        required
        describedBy="delivery-place-note"
      />
      <LocationPicker value={place.pin} onChange={(p) => void place.movePin(p)} />
      <p id="delivery-place-note" className="muted small" role="status" aria-live="polite" data-testid="delivery-place-note">
        {place.note || "Tap the map or drag the pin to where the driver should go."}
      </p>
      <div className="field">
        <label htmlFor="delivery-instructions">Instructions for the driver (optional)</label>
        <textarea
          id="delivery-instructions"
          maxLength={DELIVERY_INSTRUCTIONS_MAX}
          rows={2}
          placeholder="e.g. 3rd floor, green door, leave at the door"
          value={place.instructions}
          onChange={(e) => place.setInstructions(e.target.value)}
        />
      </div>
    </>
  );
}
