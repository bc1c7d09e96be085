"use client";
// Checkout's delivery section: the address box (saved addresses and suggestions), the map
// whose pin follows it and fills it, and the instructions for the driver.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { AddressCombobox, type AddressOption } from "@/components/address/address-combobox";
import { DELIVERY_INSTRUCTIONS_MAX } from "@/lib/orders/delivery-instructions";
import type { PlaceNote, useDeliveryPlace } from "./use-delivery-place";

function MapLoading() {
  const t = useTranslations("cart.address");
  return <div className="map map-loading">{t("loadingMap")}</div>;
}

// Leaflet needs `window`: load the map in the browser only.
const LocationPicker = dynamic(() => import("@/components/map/location-picker"), { ssr: false, loading: MapLoading });

/** The note under the address in the reader's language (the map's hint when there is none). */
export function usePlaceNoteText() {
  const t = useTranslations("cart.address");
  return (note: PlaceNote | null) => {
    if (!note) return t("pinHint");
    if (note.kind === "picked" || note.kind === "fromPin") return t(note.kind, { address: note.address });
    if (note.kind === "notFound") return t("notFound", { text: note.text });
    return t(note.kind);
  };
}

export function DeliveryFields({ place, saved }: { place: ReturnType<typeof useDeliveryPlace>; saved: AddressOption[] }) {
  const t = useTranslations("cart.address");
  const noteText = usePlaceNoteText();
  return (
    <>
      <AddressCombobox
        id="delivery-address"
        label={t("label")}
        placeholder={t("placeholder")}
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
        {noteText(place.note)}
      </p>
      <div className="field">
        <label htmlFor="delivery-instructions">{t("instructions")}</label>
        <textarea
          id="delivery-instructions"
          maxLength={DELIVERY_INSTRUCTIONS_MAX}
          rows={2}
          placeholder={t("instructionsPlaceholder")}
          value={place.instructions}
          onChange={(e) => place.setInstructions(e.target.value)}
        />
      </div>
    </>
  );
}
