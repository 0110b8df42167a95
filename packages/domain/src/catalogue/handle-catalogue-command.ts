import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { siteStream } from '../shared/stream-names.js'
import { siteFacts } from '../site/site-facts.js'
import { catalogueStream } from './catalogue-stream.js'
import type { CatalogueCommand } from './commands.js'
import type { CatalogueError } from './errors.js'
import type { CatalogueEvent } from './events.js'

/** Handles a catalogue command on `catalogue-<district>`, reading the district's centre from its stream. */
export const handleCatalogueCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: CatalogueCommand,
  context: CommandContext,
): Promise<DomainResult<CatalogueEvent, CatalogueError>> => {
  const { districtId } = command.data
  const centre = siteFacts(await runtime.read.site(store, siteStream(districtId)))
  const result = await runtime.handle.catalogue(
    store,
    catalogueStream(districtId),
    { ...command, facts: { centre } },
    context,
  )
  return result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }
}
