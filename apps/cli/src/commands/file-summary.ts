import type { SqliteStoreFileSummary } from '@wenming/event-store-sqlite'

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** "1.2 MB, 3,456 events, last position 3456": what a verified store file holds. */
export const fileSummary = (summary: SqliteStoreFileSummary): string =>
  `${megabytes(summary.bytes)}, ${summary.events.toLocaleString('en-US')} events, ` +
  `last position ${summary.lastPosition}`
