"use client";
// A map to drop the delivery pin on. Tiles come from OpenStreetMap; when they cannot load
// (offline, blocked) the pin and the coordinates still work on the plain background.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { MAP_TILE_ATTRIBUTION, MAP_TILE_URL } from "@/lib/geo/map-tiles";

export interface LatLng {
  lat: number;
  lng: number;
}

export const pinIcon = (className: string, label: string) =>
  L.divIcon({ className: `map-pin ${className}`, html: `<span>${label}</span>`, iconSize: [30, 30], iconAnchor: [15, 30] });

function ClickToMove({ onChange }: { onChange: (p: LatLng) => void }) {
  useMapEvents({ click: (e) => onChange({ lat: e.latlng.lat, lng: e.latlng.lng }) });
  return null;
}

/** Keeps the pin in view when it is moved from outside the map (an address was chosen). */
function FollowPin({ value }: { value: LatLng }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getBounds().pad(-0.2).contains([value.lat, value.lng])) map.panTo([value.lat, value.lng]);
  }, [map, value.lat, value.lng]);
  return null;
}

export default function LocationPicker({ value, onChange }: { value: LatLng; onChange: (p: LatLng) => void }) {
  const t = useTranslations("browse.map");
  // The pin's point is on the wrapper too: tests read where the pin is from it.
  return (
    <div className="location-picker" data-testid="location-picker" data-lat={value.lat} data-lng={value.lng}>
      <MapContainer center={[value.lat, value.lng]} zoom={14} className="map" scrollWheelZoom={false}>
        <TileLayer attribution={MAP_TILE_ATTRIBUTION} url={MAP_TILE_URL} />
        <Marker
          position={[value.lat, value.lng]}
          icon={pinIcon("map-pin-home", "⌂")}
          draggable
          eventHandlers={{
            dragend: (e) => {
              const p = (e.target as L.Marker).getLatLng();
              onChange({ lat: p.lat, lng: p.lng });
            },
          }}
          title={t("pin")}
        />
        <ClickToMove onChange={onChange} />
        <FollowPin value={value} />
      </MapContainer>
    </div>
  );
}
