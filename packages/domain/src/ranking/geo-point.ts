/**
 * A point on the map in WGS-84 degrees: the same shape as a site's coordinates in its events, so a
 * read model copies them as they are.
 */
export type GeoPoint = {
  /** -90 to 90. */
  readonly latitude: number
  /** -180 to 180. */
  readonly longitude: number
}
