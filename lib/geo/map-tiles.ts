// The map tiles every Leaflet map loads; the Content-Security-Policy allows images from its origin.
export const MAP_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const MAP_TILE_ATTRIBUTION = "&copy; OpenStreetMap contributors";
