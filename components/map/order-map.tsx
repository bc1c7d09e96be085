"use client";
// Restaurant, destination and, once the order is on its way, the driver: the marker glides
// between positions (lib/tracking/interpolate-position.ts) instead of jumping every 5 s.
// The line and pins stay readable on the plain background when map tiles cannot load; the
// page is told (onTilesFailed) so it can say so and list the places in words.
import "leaflet/dist/leaflet.css";
import type L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { MapContainer, Marker, Polyline, TileLayer, Tooltip } from "react-leaflet";
import { glideDone, glidePosition, startGlide } from "@/lib/tracking/interpolate-position";
import { pinIcon, type LatLng } from "./location-picker";
import { MAP_TILE_ATTRIBUTION, MAP_TILE_URL } from "@/lib/geo/map-tiles";

export interface MapDriver {
  position: LatLng;
  /** Device time between the last two fixes: the glide lasts about as long. */
  gapMs: number;
  stale: boolean;
}

function DriverMarker({ driver }: { driver: MapDriver }) {
  const t = useTranslations("orders.map");
  const marker = useRef<L.Marker>(null);
  // Leaflet owns the marker's position from here on: React only gives the first one.
  const [first] = useState<[number, number]>([driver.position.lat, driver.position.lng]);
  const { lat, lng } = driver.position;

  useEffect(() => {
    const m = marker.current;
    if (!m) return;
    const glide = startGlide(m.getLatLng(), { lat, lng }, driver.gapMs, performance.now());
    let frame = 0;
    const step = (time: number) => {
      m.setLatLng(glidePosition(glide, time));
      if (!glideDone(glide, time)) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [lat, lng, driver.gapMs]);

  return (
    <Marker ref={marker} position={first} icon={pinIcon(driver.stale ? "map-pin-driver map-pin-stale" : "map-pin-driver", "➤")} title={t("driver")} zIndexOffset={1000}>
      <Tooltip>{driver.stale ? t("driverStale") : t("driver")}</Tooltip>
    </Marker>
  );
}

export interface OrderMapProps {
  restaurant: LatLng & { name: string };
  destination: LatLng | null;
  driver?: MapDriver | null;
  onTilesFailed?: () => void;
}

export default function OrderMap({ restaurant, destination, driver, onTilesFailed }: OrderMapProps) {
  const t = useTranslations("orders.map");
  const points: [number, number][] = [[restaurant.lat, restaurant.lng], ...(destination ? [[destination.lat, destination.lng] as [number, number]] : [])];
  return (
    <MapContainer bounds={points.length > 1 ? points : undefined} center={points.length === 1 ? points[0] : undefined} zoom={15} boundsOptions={{ padding: [40, 40] }} className="map">
      <TileLayer attribution={MAP_TILE_ATTRIBUTION} url={MAP_TILE_URL} eventHandlers={{ tileerror: () => onTilesFailed?.() }} />
      <Marker position={points[0]!} icon={pinIcon("map-pin-restaurant", "R")} title={restaurant.name}>
        <Tooltip>{restaurant.name}</Tooltip>
      </Marker>
      {destination && (
        <>
          <Marker position={points[1]!} icon={pinIcon("map-pin-home", "⌂")} title={t("deliveryAddress")}>
            <Tooltip>{t("deliveryAddress")}</Tooltip>
          </Marker>
          <Polyline positions={points} pathOptions={{ color: "#d9480f", dashArray: "6 8", weight: 3 }} />
        </>
      )}
      {driver && <DriverMarker driver={driver} />}
    </MapContainer>
  );
}
