import type { DomainEvent } from '@wenming/event-store'

/** `eventMetadata` for the kernel's command handler: stamps each event with its schema version. */
export const schemaVersionMetadata =
  (versions: Readonly<Record<string, number>>) =>
  (event: DomainEvent): Record<string, unknown> => ({
    schemaVersion: versions[event.type] ?? 1,
  })
