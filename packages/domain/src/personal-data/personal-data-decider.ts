import type { Decider } from '@wenming/event-store'
import { unknownEvent } from '../shared/unknown-event.js'
import type { PersonalDataCommand } from './commands.js'
import { personalDataRefusals, type PersonalDataError } from './errors.js'
import { erasureScope } from './erasure-scope.js'
import type { ErasureSubjectKind, PersonalDataEvent } from './events.js'

/** Where a person's erasure stands. */
export type PersonalDataState =
  | { readonly status: 'none' }
  | { readonly status: 'requested' | 'erased'; readonly subjectKind: ErasureSubjectKind }

const evolve = (state: PersonalDataState, event: PersonalDataEvent): PersonalDataState => {
  switch (event.type) {
    case 'PersonalDataErasureRequested':
      return state.status === 'erased'
        ? state
        : { status: 'requested', subjectKind: event.data.subjectKind }
    case 'PersonalDataErased':
      return { status: 'erased', subjectKind: event.data.subjectKind }
    default:
      return unknownEvent(event)
  }
}

/**
 * A person's erasure as a process: requested (once; asking again changes nothing), then recorded
 * as done by whoever deleted the key. An erasure already done is not requested again.
 */
export const personalDataDecider: Decider<
  PersonalDataCommand,
  PersonalDataEvent,
  PersonalDataState,
  PersonalDataError
> = {
  initialState: { status: 'none' },
  evolve,
  decide: (command, state) => {
    const { subjectId } = command.data
    const by = command.metadata.actor.id
    const at = command.metadata.now
    switch (command.type) {
      case 'RequestPersonalDataErasure': {
        const { subjectKind, reason } = command.data
        if (state.status !== 'none') {
          return state.subjectKind === subjectKind
            ? { ok: true, events: [] }
            : { ok: false, error: personalDataRefusals.kindMismatch(subjectId, state.subjectKind) }
        }
        return {
          ok: true,
          events: [
            {
              type: 'PersonalDataErasureRequested',
              data: { subjectId, subjectKind, reason, by, at },
            },
          ],
        }
      }
      case 'RecordPersonalDataErased': {
        if (state.status === 'none') {
          return { ok: false, error: personalDataRefusals.notRequested(subjectId) }
        }
        if (state.status === 'erased') return { ok: true, events: [] }
        const scope = erasureScope[state.subjectKind]
        return {
          ok: true,
          events: [
            {
              type: 'PersonalDataErased',
              data: {
                subjectId,
                subjectKind: state.subjectKind,
                erased: [...scope.erased],
                kept: [...scope.kept],
                by,
                at,
              },
            },
          ],
        }
      }
    }
  },
}
