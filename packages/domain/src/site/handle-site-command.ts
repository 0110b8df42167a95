import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { siteStream } from '../shared/stream-names.js'
import type { SiteCommand } from './commands.js'
import type { SiteDeciderCommand } from './decide.js'
import type { SiteError } from './errors.js'
import type { SiteEvent } from './events.js'
import { readSiteDistrict } from './read-site-district.js'
import { siteFacts, type SiteFacts } from './site-facts.js'

/** The parent's facts with its district found (D1), so the new site records the same district. */
const readParent = async (
  runtime: DomainRuntime,
  store: EventStore,
  parentId: string,
): Promise<SiteFacts | null> => {
  const parent = siteFacts(await runtime.read.site(store, siteStream(parentId)))
  return parent === null
    ? null
    : { ...parent, districtId: await readSiteDistrict(runtime, store, parent) }
}

/** Handles a site command on `site-<siteId>`, reading a new site's parent from the parent's stream. */
export const handleSiteCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: SiteCommand,
  context: CommandContext,
): Promise<DomainResult<SiteEvent, SiteError>> => {
  const { parentId } = command.type === 'RegisterSite' ? command.data : { parentId: null }
  const decided: SiteDeciderCommand =
    command.type === 'RegisterSite'
      ? {
          ...command,
          facts: {
            parent: parentId === null ? null : await readParent(runtime, store, parentId),
          },
        }
      : command
  const result = await runtime.handle.site(store, siteStream(command.data.siteId), decided, context)
  return result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }
}
