import type { CommandContext, EventStore } from '@wenming/event-store'
import type { CommandMetadata } from '../shared/command-metadata.js'
import type { DomainResult } from '../shared/domain-result.js'
import { stepContext } from '../shared/step-context.js'
import type { ProcessDefinition } from './process-definition.js'

/** One run of a process: its holds, its own record step, and whether that step already happened. */
export type ProcessRun<Hold, Recorded, RecordError> = {
  readonly holds: readonly Hold[]
  /** True for a re-sent command whose record step is already stored: its holds only replay. */
  readonly recorded: boolean
  readonly record: () => Promise<DomainResult<Recorded, RecordError>>
  /** The triggering command's metadata, for the commands its recorded events set off. */
  readonly metadata: CommandMetadata
}

const phaseStep = (context: CommandContext, phase: string, name: string): CommandContext =>
  name === '' ? stepContext(context, phase) : stepContext(stepContext(context, phase), name)

/** Sends releases one after another, under `phase`; returns the events of those accepted. */
export const sendReleases = async <Hold, Release, Recorded, Event, Refusal>(
  definition: ProcessDefinition<Hold, Release, Recorded, Event, Refusal>,
  store: EventStore,
  commands: readonly Release[],
  context: CommandContext,
  phase: string,
): Promise<Event[]> => {
  const events: Event[] = []
  for (const [index, command] of commands.entries()) {
    const name = definition.stepName(command, index, commands.length)
    events.push(...(await definition.release(store, command, phaseStep(context, phase, name))))
  }
  return events
}

/**
 * Runs a process: takes its holds in order (a refusal gives back those taken), records on its own
 * stream (a refusal or a fault gives them back too), then sends what the recorded events set off.
 * Every step's command id derives from the triggering command's, so a re-run replays finished steps.
 */
export const runProcess = async <Hold, Release, Recorded, Event, Refusal, RecordError>(
  definition: ProcessDefinition<Hold, Release, Recorded, Event, Refusal>,
  store: EventStore,
  context: CommandContext,
  run: ProcessRun<Hold, Recorded, RecordError>,
): Promise<DomainResult<Event | Recorded, Refusal | RecordError>> => {
  const held: Hold[] = []
  const heldEvents: Event[] = []
  const compensate = () =>
    sendReleases(definition, store, held.map(definition.undo), context, 'compensate')
  for (const [index, hold] of run.holds.entries()) {
    const name = definition.stepName(hold, index, run.holds.length)
    const outcome = await definition.hold(
      store,
      hold,
      phaseStep(context, definition.holdPhase, name),
    )
    if (!outcome.ok) {
      await compensate()
      return { ok: false, error: outcome.error }
    }
    held.push(hold)
    if (outcome.lost && !run.recorded) {
      await compensate()
      return { ok: false, error: definition.abandoned(hold) }
    }
    heldEvents.push(...outcome.events)
  }
  let recorded: DomainResult<Recorded, RecordError>
  try {
    recorded = await run.record()
  } catch (error) {
    await compensate()
    throw error
  }
  if (!recorded.ok) {
    await compensate()
    return { ok: false, error: recorded.error }
  }
  const follows = recorded.events.flatMap((event) => definition.follow(event, run.metadata))
  const followed = await sendReleases(definition, store, follows, context, 'release')
  return {
    ok: true,
    events: [...heldEvents, ...recorded.events, ...followed],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}
