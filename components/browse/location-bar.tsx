"use client";
// Where to deliver: the browser's position, or a saved address. Choosing one reloads the
// list sorted by distance (the list itself is rendered on the server from the URL).
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { LatLng } from "@/components/map/location-picker";
import { AddressCombobox } from "@/components/address/address-combobox";
import { readStoredLocation, storeLocation, useStoredLocation, type StoredLocation } from "./stored-location";

const LocationPicker = dynamic(() => import("@/components/map/location-picker"), { ssr: false });
const CITY_CENTRE: LatLng = { lat: 52.3731, lng: 4.8926 };

export function LocationBar({ addresses }: { addresses: StoredLocation[] }) {
  const t = useTranslations("browse.location");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const location = useStoredLocation();
  const [error, setError] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const [pin, setPin] = useState<LatLng | null>(null);
  const [typed, setTyped] = useState("");

  const go = (next: StoredLocation | null, { replace = false } = {}) => {
    storeLocation(next);
    const query = new URLSearchParams(params);
    query.delete("cursor");
    if (next) {
      query.set("lat", next.lat.toFixed(5));
      query.set("lng", next.lng.toFixed(5));
    } else {
      query.delete("lat");
      query.delete("lng");
    }
    if (replace) router.replace(`${pathname}?${query}`);
    else router.push(`${pathname}?${query}`);
  };

  // A remembered location applies when the page was opened without one. Read from storage
  // here: during hydration the hook still gives the server's answer (none).
  // Once the first render has settled (a navigation started while the page hydrates can be
  // lost), and in place of the bare URL (Back should not return to the list without it).
  useEffect(() => {
    const remembered = readStoredLocation();
    if (!remembered || params.get("lat")) return;
    const timer = setTimeout(() => go(remembered, { replace: true }), 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function locate() {
    if (!navigator.geolocation) return setError(t("noGeolocation"));
    setLocating(true);
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating(false);
        go({ lat: p.coords.latitude, lng: p.coords.longitude, label: "", named: "current" });
      },
      () => {
        setLocating(false);
        setError(t("locateFailed"));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  }

  return (
    <div className="location-bar">
      <span className="muted">{t("deliverTo")}</span>
      <strong data-testid="location-label">{location ? (location.named ? t(location.named) : location.label) : t("anywhere")}</strong>
      <AddressCombobox
        id="deliver-to-address"
        label={t("addressLabel")}
        placeholder={t("addressPlaceholder")}
        value={typed}
        onValueChange={setTyped}
        near={location}
        onPick={(a) => {
          setTyped("");
          go({ lat: a.lat, lng: a.lng, label: a.line1 });
        }}
      />
      <button type="button" className="button button-small button-quiet" onClick={locate} disabled={locating}>
        {locating ? t("locating") : t("locate")}
      </button>
      {addresses.map((a) => (
        <button key={a.label} type="button" className="button button-small button-quiet" onClick={() => go(a)}>
          {a.label}
        </button>
      ))}
      <button type="button" className="button button-small button-quiet" onClick={() => setPin(pin ? null : (location ?? CITY_CENTRE))}>
        {t("pickOnMap")}
      </button>
      {location && (
        <button type="button" className="button button-small button-quiet" onClick={() => go(null)}>
          {t("clear")}
        </button>
      )}
      {pin && (
        <div className="location-map">
          <LocationPicker value={pin} onChange={setPin} />
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              go({ ...pin, label: "", named: "pinned" });
              setPin(null);
            }}
          >
            {t("deliverHere")}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="form-error small">
          {error}
        </p>
      )}
    </div>
  );
}
