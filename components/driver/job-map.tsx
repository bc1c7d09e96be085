"use client";
// The active job on a map: the driver, the restaurant and the drop-off, with the route line
// through them (straight legs: there is no road network offline). Pins and line stay on the
// plain background when tiles cannot load; the addresses are listed beside the map too.
import "leaflet/dist/leaflet.css";
import { useTranslations } from "next-intl";
import { MapContainer, Marker, Polyline, TileLayer, Tooltip } from "react-leaflet";
import type { LatLng } from "@/lib/geo/geohash";
import { pinIcon } from "@/components/map/location-picker";
import { MAP_TILE_ATTRIBUTION, MAP_TILE_URL } from "@/lib/geo/map-tiles";

export interface JobMapProps {
  restaurant: LatLng & { name: string };
  dropoff: LatLng;
  driver: LatLng | null;
  /** Before pickup the route runs through the restaurant; after it, straight to the door. */
  pickedUp: boolean;
}

const pair = (p: LatLng): [number, number] => [p.lat, p.lng];

export default function JobMap({ restaurant, dropoff, driver, pickedUp }: JobMapProps) {
  const t = useTranslations("driver.map");
  const route = [...(driver ? [pair(driver)] : []), ...(pickedUp ? [] : [pair(restaurant)]), pair(dropoff)];
  const bounds = [pair(restaurant), pair(dropoff), ...(driver ? [pair(driver)] : [])];
  return (
    <div data-testid="job-map">
    <MapContainer bounds={bounds} boundsOptions={{ padding: [36, 36] }} className="map driver-map">
      <TileLayer attribution={MAP_TILE_ATTRIBUTION} url={MAP_TILE_URL} />
      <Polyline positions={route} pathOptions={{ color: "#d9480f", weight: 4, dashArray: pickedUp ? undefined : "6 8" }} />
      <Marker position={pair(restaurant)} icon={pinIcon("map-pin-restaurant", "R")} title={t("pickUpAt", { name: restaurant.name })}>
        <Tooltip>{restaurant.name}</Tooltip>
      </Marker>
      <Marker position={pair(dropoff)} icon={pinIcon("map-pin-home", "⌂")} title={t("dropoff")}>
        <Tooltip>{t("dropoff")}</Tooltip>
      </Marker>
      {driver && <Marker position={pair(driver)} icon={pinIcon("map-pin-driver", "●")} title={t("you")} />}
    </MapContainer>
    </div>
  );
}
