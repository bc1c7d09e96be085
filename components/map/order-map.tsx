"use client";
// Restaurant and destination (the driver marker joins with dispatch). The line and pins
// stay readable on the plain background when map tiles cannot load.
import "leaflet/dist/leaflet.css";
import { MapContainer, Marker, Polyline, TileLayer, Tooltip } from "react-leaflet";
import { pinIcon, type LatLng } from "./location-picker";

export default function OrderMap({ restaurant, destination }: { restaurant: LatLng & { name: string }; destination: LatLng | null }) {
  const points: [number, number][] = [[restaurant.lat, restaurant.lng], ...(destination ? [[destination.lat, destination.lng] as [number, number]] : [])];
  return (
    <MapContainer bounds={points.length > 1 ? points : undefined} center={points.length === 1 ? points[0] : undefined} zoom={15} boundsOptions={{ padding: [40, 40] }} className="map">
      <TileLayer attribution="&copy; OpenStreetMap contributors" url="https://tile.openstreetmap.org/{z}/{x}/{y}.png" />
      <Marker position={points[0]!} icon={pinIcon("map-pin-restaurant", "R")} title={restaurant.name}>
        <Tooltip>{restaurant.name}</Tooltip>
      </Marker>
      {destination && (
        <>
          <Marker position={points[1]!} icon={pinIcon("map-pin-home", "⌂")} title="Delivery address">
            <Tooltip>Delivery address</Tooltip>
          </Marker>
          <Polyline positions={points} pathOptions={{ color: "#d9480f", dashArray: "6 8", weight: 3 }} />
        </>
      )}
    </MapContainer>
  );
}
