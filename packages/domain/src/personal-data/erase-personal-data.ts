import { createCommandHandler, type CommandContext, type EventStore } from '@wenming/event-store'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import type { RequestPersonalDataErasure } from './commands.js'
import type { PersonalDataError } from './errors.js'
import { erasureScope } from './erasure-scope.js'
import {
  personalDataEventSchemaVersions,
  type ErasureSubjectKind,
  type PersonalDataEvent,
} from './events.js'
import { personalDataDecider } from './personal-data-decider.js'
import { personalDataStream } from './personal-data-stream.js'

/** Deletes a person's data key (the store's `erasePersonalData`); true when there was one. */
export type DeletePersonalDataKey = (subjectId: string) => Promise<boolean>

/** What an erasure did: what now reads as `[erased]`, what is kept, and whether a key was deleted. */
export type ErasureOutcome =
  | {
      readonly ok: true
      readonly subjectId: string
      readonly subjectKind: ErasureSubjectKind
      readonly erased: readonly string[]
      readonly kept: readonly string[]
      /** False when there was no key (nothing sealed for this person, or erased before). */
      readonly keyDeleted: boolean
      /** What this request appended (none when it repeats a finished erasure). */
      readonly events: readonly PersonalDataEvent[]
      /** The revision of the person's erasure stream after it. */
      readonly nextExpectedRevision: number
    }
  | { readonly ok: false; readonly error: PersonalDataError }

// No state cache: an erasure stream has two events at most, and the handler keeps no module state.
const handle = createCommandHandler(personalDataDecider, {
  stateCache: false,
  eventMetadata: schemaVersionMetadata(personalDataEventSchemaVersions),
})

/**
 * Erases a person as a process: records the request, deletes the person's key (`deleteKey`, the
 * store's), then records the erasure. Each step is idempotent, so re-sending the same request after
 * a crash between two steps finishes it.
 *
 * @example
 * await erasePersonalData(store, (id) => store.erasePersonalData(id), command, { commandId })
 */
export const erasePersonalData = async (
  store: EventStore,
  deleteKey: DeletePersonalDataKey,
  command: RequestPersonalDataErasure,
  context: CommandContext,
): Promise<ErasureOutcome> => {
  const { subjectId, subjectKind } = command.data
  const stream = personalDataStream(subjectId)
  const requested = await handle(store, stream, command, context)
  if (!requested.ok) return { ok: false, error: requested.error }
  const keyDeleted = await deleteKey(subjectId)
  const recorded = await handle(
    store,
    stream,
    { type: 'RecordPersonalDataErased', data: { subjectId }, metadata: command.metadata },
    { ...context, commandId: `${context.commandId}:erased`, expectedRevision: 'any' },
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  const scope = erasureScope[subjectKind]
  return {
    ok: true,
    subjectId,
    subjectKind,
    erased: scope.erased,
    kept: scope.kept,
    keyDeleted,
    events: [...requested.events, ...recorded.events],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}
