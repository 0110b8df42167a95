/** What a verified store file holds: its size on disk, its events and the last global position. */
export type SqliteStoreFileSummary = {
  path: string
  bytes: number
  events: number
  lastPosition: number
}
