import type { GeoPoint } from './geo-point.js'

/** The earth's mean radius in metres (IUGG), the sphere the haversine formula assumes. */
export const earthRadiusMeters = 6_371_008.8

const radians = (degrees: number): number => (degrees * Math.PI) / 180

/**
 * The great-circle distance between two points in metres (haversine formula on a sphere of
 * {@link earthRadiusMeters}); good to about 0.5 % for the short distances of a district.
 *
 * @example
 * const here = { latitude: 26.64, longitude: 118.17 }
 * haversineMeters(here, { ...here, latitude: 26.65 }) // ≈ 1,112 m
 */
export const haversineMeters = (from: GeoPoint, to: GeoPoint): number => {
  const dLat = radians(to.latitude - from.latitude)
  const dLng = radians(to.longitude - from.longitude)
  const sinLat = Math.sin(dLat / 2)
  const sinLng = Math.sin(dLng / 2)
  const h =
    sinLat * sinLat +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * sinLng * sinLng
  // h can exceed 1 by a rounding error for antipodal points.
  return 2 * earthRadiusMeters * Math.asin(Math.sqrt(Math.min(1, h)))
}
