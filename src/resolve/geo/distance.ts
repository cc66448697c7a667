// Great-circle distance between two points of the map (places carry their commune's centre).

export interface Point {
  lat: number | null;
  lon: number | null;
}

/** Kilometres between two points, null when either has no coordinates. */
export function kmBetween(a: Point, b: Point): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
