import type { EventStore, ReadAllOptions, RecordedEvent } from '@wenming/event-store'

/**
 * Wraps a store so that reading its log notes every district (a centre: a site without a parent)
 * on the way, so that `report --district` can name the known ones without a second pass.
 */
export const watchDistricts = (
  store: EventStore,
): { store: EventStore; districts: () => string[] } => {
  const seen = new Set<string>()
  async function* readAll(options?: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    for await (const event of store.readAll(options)) {
      if (event.type === 'SiteRegistered') {
        const site = event.data as { siteId?: unknown; parentId?: unknown }
        if (site.parentId === null && typeof site.siteId === 'string') seen.add(site.siteId)
      }
      yield event
    }
  }
  return { store: { ...store, readAll }, districts: () => [...seen].sort() }
}
