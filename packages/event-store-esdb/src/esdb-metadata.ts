// EventStoreDB's own projections ($by_correlation_id, linkTo) read `$correlationId` and
// `$causationId` from event metadata, so ours travel under those names; every other key (command id,
// principal, schema version, ...) is stored as it is.
const RENAMED: readonly (readonly [ours: string, esdb: string])[] = [
  ['correlationId', '$correlationId'],
  ['causationId', '$causationId'],
]

/** Our event metadata as the JSON metadata stored with an EventStoreDB event. */
export const toEsdbMetadata = (
  metadata: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> => {
  const stored: Record<string, unknown> = { ...metadata }
  for (const [ours, esdb] of RENAMED) {
    if (!(ours in stored)) continue
    stored[esdb] = stored[ours]
    delete stored[ours]
  }
  return stored
}

/** The metadata stored with an EventStoreDB event as ours (the way back of {@link toEsdbMetadata}). */
export const fromEsdbMetadata = (stored: unknown): Record<string, unknown> => {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {}
  if (stored instanceof Uint8Array) return {}
  const metadata: Record<string, unknown> = { ...(stored as Record<string, unknown>) }
  for (const [ours, esdb] of RENAMED) {
    if (!(esdb in metadata)) continue
    metadata[ours] = metadata[esdb]
    delete metadata[esdb]
  }
  return metadata
}
