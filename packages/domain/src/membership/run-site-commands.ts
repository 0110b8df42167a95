import type { CommandContext, EventStore } from '@wenming/event-store'
import { stepContext } from '../shared/step-context.js'
import { siteStream } from '../shared/stream-names.js'
import type { SiteClusterCommand } from '../site/commands.js'
import type { SiteError } from '../site/errors.js'
import type { SiteEvent } from '../site/events.js'
import { handleSiteDecision } from '../site/handle-site-decision.js'

/** The outcome of sending claims or releases to site streams, one command after another. */
export type SiteCommandsOutcome = {
  readonly events: readonly SiteEvent[]
  /** Sites whose command was accepted, in order. */
  readonly doneSiteIds: readonly string[]
  /** The first refusal; with `stopOnRefusal` nothing after it was sent. */
  readonly refusal: SiteError | null
}

/** Sends site commands of the membership process; each step's command id derives from `context`. */
export const runSiteCommands = async (
  store: EventStore,
  commands: readonly SiteClusterCommand[],
  context: CommandContext,
  stopOnRefusal: boolean,
): Promise<SiteCommandsOutcome> => {
  const events: SiteEvent[] = []
  const doneSiteIds: string[] = []
  let refusal: SiteError | null = null
  for (const command of commands) {
    const { siteId } = command.data
    const step = stepContext(context, `${command.type}:${siteId}`)
    const result = await handleSiteDecision(store, siteStream(siteId), command, step)
    if (result.ok) {
      events.push(...result.events)
      doneSiteIds.push(siteId)
    } else {
      refusal ??= result.error
      if (stopOnRefusal) break
    }
  }
  return { events, doneSiteIds, refusal }
}
