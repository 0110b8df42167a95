import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainResult } from '../shared/domain-result.js'
import { readState } from '../shared/read-state.js'
import { siteStream } from '../shared/stream-names.js'
import type { SiteCommand } from './commands.js'
import type { SiteDeciderCommand } from './decide.js'
import type { SiteError } from './errors.js'
import type { SiteEvent } from './events.js'
import { handleSiteDecision } from './handle-site-decision.js'
import { siteDecider } from './site-decider.js'
import { siteFacts } from './site-facts.js'

const readParent = async (store: EventStore, parentId: string | null) =>
  parentId === null ? null : siteFacts(await readState(store, siteDecider, siteStream(parentId)))

/** Handles a site command on `site-<siteId>`, reading a new site's parent from the parent's stream. */
export const handleSiteCommand = async (
  store: EventStore,
  command: SiteCommand,
  context: CommandContext,
): Promise<DomainResult<SiteEvent, SiteError>> => {
  const decided: SiteDeciderCommand =
    command.type === 'RegisterSite'
      ? { ...command, facts: { parent: await readParent(store, command.data.parentId) } }
      : command
  const result = await handleSiteDecision(store, siteStream(command.data.siteId), decided, context)
  return result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }
}
