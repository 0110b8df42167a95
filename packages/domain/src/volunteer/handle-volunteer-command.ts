import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainResult } from '../shared/domain-result.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { stepContext } from '../shared/step-context.js'
import { siteStream } from '../shared/stream-names.js'
import { siteFacts } from '../site/site-facts.js'
import type { VolunteerIdClaimEvent } from '../volunteer-id-claim/events.js'
import { volunteerIdClaimStream } from '../volunteer-id-claim/volunteer-id-claim-stream.js'
import type { RegisterVolunteer, VolunteerCommand } from './commands.js'
import type { VolunteerDeciderCommand } from './decide.js'
import type { VolunteerError } from './errors.js'
import type { VolunteerEvent } from './events.js'
import { readOccasionFacts } from './read-occasion-facts.js'
import { readShiftAttendance } from './read-shift-attendance.js'
import { defaultStarPolicy } from './star-policy.js'
import { starProcess } from './star-process.js'
import { recordOrCompensate } from './record-or-compensate.js'
import { streamHasCommand } from './stream-has-command.js'
import { volunteerDecider } from './volunteer-decider.js'
import type { VolunteerHandlerOptions } from './volunteer-handler-options.js'
import { volunteerStream } from './volunteer-stream.js'

type Result = DomainResult<VolunteerEvent | VolunteerIdClaimEvent, VolunteerError>

const resolveFacts = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: Exclude<VolunteerCommand, RegisterVolunteer>,
): Promise<VolunteerDeciderCommand> => {
  switch (command.type) {
    case 'RecordService':
      return {
        ...command,
        facts: { occasion: await readOccasionFacts(runtime, store, command.data.occasion) },
      }
    case 'ConfirmShiftHours':
      return {
        ...command,
        facts: {
          shift: await readShiftAttendance(
            runtime,
            store,
            command.data.shiftId,
            command.data.volunteerId,
          ),
        },
      }
    case 'CorrectServiceRecord':
    case 'RefuseCorrection': {
      const state = await runtime.read.volunteer(store, volunteerStream(command.data.volunteerId))
      const omitted =
        state.status === 'unregistered'
          ? null
          : state.corrections[command.data.correctionId]?.occasion
      const occasion = omitted == null ? null : await readOccasionFacts(runtime, store, omitted)
      return { ...command, facts: { occasion } }
    }
    default:
      return command
  }
}

/** Registration: claim the ID document on its own stream (V1), then register; release on failure. */
const register = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: RegisterVolunteer,
  context: CommandContext,
  options: VolunteerHandlerOptions,
): Promise<Result> => {
  const { volunteerId, profile } = command.data
  const stream = volunteerStream(volunteerId)
  const site = siteFacts(await runtime.read.site(store, siteStream(command.data.siteId)))
  const decided = { ...command, facts: { site } }
  if (!(await streamHasCommand(store, stream, context.commandId))) {
    // Checked before the claim, so a refused registration touches no claim stream at all.
    const check = volunteerDecider.decide(decided, await runtime.read.volunteer(store, stream))
    if (!check.ok) return { ok: false, error: check.error }
  }
  const digest = options.idDigest(profile)
  const claimStream = volunteerIdClaimStream(digest)
  const claim = { data: { digest, volunteerId }, metadata: command.metadata }
  const claimed = await runtime.handle.volunteerIdClaim(
    store,
    claimStream,
    { type: 'ClaimVolunteerId', ...claim },
    stepContext(context, 'claim'),
  )
  if (!claimed.ok) return { ok: false, error: claimed.error }
  const recorded = await recordOrCompensate(
    () => runtime.handle.volunteer(store, stream, decided, context),
    // Only a claim this registration took is released, never one the volunteer already held.
    async () =>
      claimed.events.length === 0
        ? undefined
        : runtime.handle.volunteerIdClaim(
            store,
            claimStream,
            { type: 'ReleaseVolunteerId', ...claim },
            stepContext(context, 'release'),
          ),
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  return {
    ok: true,
    events: [...claimed.events, ...recorded.events],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}

/**
 * Handles a volunteer command on `volunteer-<volunteerId>`: registration claims the ID document
 * first (V1, compensated); records and corrections read their occasion from its own stream and then
 * run the star process (V7).
 *
 * @example
 * const result = await handleVolunteerCommand(store, volunteerCommandSchema.parse(body), { commandId }, { idDigest })
 */
export const handleVolunteerCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: VolunteerCommand,
  context: CommandContext,
  options: VolunteerHandlerOptions,
): Promise<Result> => {
  if (command.type === 'RegisterVolunteer')
    return register(runtime, store, command, context, options)
  const { volunteerId } = command.data
  const stream = volunteerStream(volunteerId)
  const recorded = await runtime.handle.volunteer(
    store,
    stream,
    await resolveFacts(runtime, store, command),
    context,
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  const events: VolunteerEvent[] = [...recorded.events]
  let revision = recorded.nextExpectedRevision
  const policy = options.starPolicy ?? defaultStarPolicy
  for (const step of starProcess(volunteerId, recorded.events, policy, command.metadata)) {
    const adjusted = await runtime.handle.volunteer(
      store,
      stream,
      step,
      stepContext(context, 'stars'),
    )
    if (adjusted.ok) {
      events.push(...adjusted.events)
      revision = adjusted.nextExpectedRevision
    }
  }
  return { ok: true, events, nextExpectedRevision: revision }
}
