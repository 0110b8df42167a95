import type { Coordinates } from '@wenming/domain'

/** The side of a grid cell of the site index, in degrees (about 1.1 km north-south). */
export const CELL_DEGREES = 0.01

/** The grid cell index of one coordinate (latitude or longitude). */
export const cellIndex = (degrees: number): number => Math.floor(degrees / CELL_DEGREES)

/** The key of the grid cell holding `point`: `lat:lng` cell indices. */
export const siteCellKey = (point: Coordinates): string =>
  `${cellIndex(point.latitude)}:${cellIndex(point.longitude)}`

/** The sites whose coordinates fall in one grid cell (the service circle reads only nearby cells). */
export type SiteCellRow = { readonly cell: string; readonly siteIds: readonly string[] }
