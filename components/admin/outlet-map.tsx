"use client";
// The chain's outlets on a map, one dot per outlet coloured by health. Tiles are decoration:
// when they cannot load, the dots still sit on the plain background at the right places.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { MapContainer, Marker, Popup, TileLayer, Tooltip } from "react-leaflet";
import type { OutletHealth, OutletStatus } from "./monitoring-api";
import { MAP_TILE_ATTRIBUTION, MAP_TILE_URL } from "@/lib/geo/map-tiles";

const dot = (health: OutletHealth) => L.divIcon({ className: `state-dot state-dot-${health}`, html: "<span></span>", iconSize: [18, 18], iconAnchor: [9, 9] });

export default function OutletMap({ outlets, chainQuery }: { outlets: OutletStatus[]; chainQuery: string }) {
  const t = useTranslations("admin");
  const points = outlets.map((o) => [o.lat, o.lng] as [number, number]);
  if (points.length === 0) return <div className="map map-loading">{t("live.noOutletsOnMap")}</div>;
  return (
    <MapContainer bounds={points} boundsOptions={{ padding: [30, 30], maxZoom: 15 }} className="map" scrollWheelZoom={false}>
      <TileLayer attribution={MAP_TILE_ATTRIBUTION} url={MAP_TILE_URL} />
      {outlets.map((o) => (
        <Marker key={o.id} position={[o.lat, o.lng]} icon={dot(o.health)} title={`${o.name}: ${t(`outlet.health.${o.health}`)}`}>
          <Tooltip>
            {o.name}: {t(`outlet.health.${o.health}`)}
          </Tooltip>
          <Popup>
            <strong>{o.name}</strong>
            <br />
            <Link href={`/admin/outlets/${o.id}${chainQuery}`}>{t("live.timeline")}</Link>
          </Popup>
        </Marker>
      ))}
    </MapContainer>
  );
}
