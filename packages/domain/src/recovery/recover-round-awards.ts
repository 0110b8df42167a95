import type { EventStore } from '@wenming/event-store'
import { awardWinners, type AwardError } from '../project/award-winners.js'
import { projectRoundStream } from '../project/project-streams.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import type { ClosedRound } from './open-holds.js'
import { processBaseId } from './process-base-id.js'

/** What finishing a closed round's awards gave: the winners it awarded, and why it stopped if it did. */
export type RoundAwardsOutcome = {
  readonly awarded: readonly string[]
  readonly error?: AwardError
}

/**
 * S4 after a crash between a round's close and its winners' catalogue entries: runs the close's
 * award steps (publish, serve, award) for the winners the log shows unawarded, under the close's
 * own step ids, so whatever the interrupted close or an earlier pass did is replayed, not repeated.
 * A round whose stream does not show it closed is left alone.
 */
export const recoverRoundAwards = async (
  runtime: DomainRuntime,
  store: EventStore,
  round: ClosedRound,
  metadata: CommandMetadata,
): Promise<RoundAwardsOutcome> => {
  const state = await runtime.read.projectRound(store, projectRoundStream(round.roundId))
  if (state.status !== 'closed') return { awarded: [] }
  const winners = state.winners.filter((projectId) => round.unawarded.has(projectId))
  const result = await awardWinners(runtime, store, round.roundId, winners, metadata, {
    commandId: processBaseId(round.commandId, ':close'),
  })
  const awarded = result.events.flatMap((event) =>
    event.type === 'ProjectAwarded' ? [event.data.projectId] : [],
  )
  return result.error === undefined ? { awarded } : { awarded, error: result.error }
}
