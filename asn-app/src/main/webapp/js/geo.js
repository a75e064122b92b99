// The phone's position and how far it is from the office fences of /me. Only a hint for the ASN before sending:
// the server measures again and decides.

const EARTH_RADIUS_M = 6371008.8;

/** Watches the position; calls onPosition({latitude, longitude, accuracyM}) and onError(code). Answers a stop function. */
export function watch(onPosition, onError) {
  if (!navigator.geolocation) {
    onError('unavailable');
    return () => {};
  }
  const id = navigator.geolocation.watchPosition(
    (position) => onPosition({
      latitude: position.coords.latitude,
      longitude: position.coords.longitude,
      accuracyM: position.coords.accuracy
    }),
    (error) => onError(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
    { enableHighAccuracy: true, maximumAge: 5000, timeout: 60000 });
  return () => navigator.geolocation.clearWatch(id);
}

/** Whether the page may read the position without asking (asked before: the permission is granted). */
export async function alreadyAllowed() {
  try {
    return (await navigator.permissions.query({ name: 'geolocation' })).state === 'granted';
  } catch (e) {
    return false;
  }
}

/** Metres between two points on the sphere. */
export function distanceM(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest fence: {location, distanceM} where distanceM is 0 inside and otherwise to its edge. */
export function nearest(position, locations) {
  let best = null;
  for (const location of locations || []) {
    const away = location.polygon ? outsidePolygonM(position, location.polygon)
      : Math.max(0, distanceM(position, location) - location.radiusM);
    if (!best || away < best.distanceM) {
      best = { location, distanceM: away };
    }
  }
  return best;
}

function outsidePolygonM(position, ring) {
  // a local flat projection in metres around the position is exact enough for an office-sized polygon
  const rad = Math.PI / 180;
  const toXY = ([lat, lon]) => [
    (lon - position.longitude) * rad * EARTH_RADIUS_M * Math.cos(position.latitude * rad),
    (lat - position.latitude) * rad * EARTH_RADIUS_M
  ];
  const points = ring.map(toXY);
  let inside = false;
  let nearestM = Infinity;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if ((yi > 0) !== (yj > 0) && 0 < ((xj - xi) * (0 - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
    nearestM = Math.min(nearestM, toSegmentM(xi, yi, xj, yj));
  }
  return inside ? 0 : nearestM;
}

function toSegmentM(x1, y1, x2, y2) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const along = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / length2));
  return Math.hypot(x1 + along * dx, y1 + along * dy);
}
