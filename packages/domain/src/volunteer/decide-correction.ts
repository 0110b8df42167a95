import type { WithFacts } from '../shared/with-facts.js'
import type { CorrectServiceRecord, RefuseCorrection, RequestCorrection } from './commands.js'
import { checkDetails, overlapping } from './check-record.js'
import { recordNew, whenActive } from './decide-record.js'
import { fail, ok, type VolunteerDecision } from './decide-result.js'
import { volunteerRefusals as refuse } from './errors.js'
import { occasionKey, sameOrganiser, type Organiser } from './occasion.js'
import type { OccasionFacts } from './occasion-facts.js'
import type { CorrectionEntry, RegisteredVolunteer, VolunteerState } from './state.js'

/** A correction's answer with the omitted occasion read from its stream (`null` for an error). */
export type CorrectionWithOccasion<C extends CorrectServiceRecord | RefuseCorrection> = WithFacts<
  C,
  { readonly occasion: OccasionFacts | null }
>

/** The volunteer reports an error in one of their records, or an omitted occasion (Art 13, V6). */
export const decideRequestCorrection = (
  { data, metadata }: RequestCorrection,
  state: VolunteerState,
): VolunteerDecision => {
  if (state.status === 'unregistered') return fail(refuse.notFound(data.volunteerId))
  if (data.correctionId in state.corrections)
    return fail(refuse.correctionIdTaken(data.correctionId))
  if (data.recordId !== null) {
    if (!(data.recordId in state.records)) return fail(refuse.recordNotFound(data.recordId))
  } else {
    if (data.occasion === undefined) return fail(refuse.omissionNeedsOccasion())
    const existing = state.occasions[occasionKey(data.occasion)]
    if (existing !== undefined) return fail(refuse.occasionRecorded(existing))
  }
  return ok({
    type: 'CorrectionRequested',
    data: { ...data, by: metadata.actor.id, at: metadata.now },
  })
}

/** Runs `then` on a pending correction answered by the organiser it concerns. */
const whenPending = (
  state: VolunteerState,
  data: { volunteerId: string; correctionId: string; organiser: Organiser },
  occasion: OccasionFacts | null,
  then: (volunteer: RegisteredVolunteer, correction: CorrectionEntry) => VolunteerDecision,
): VolunteerDecision => {
  if (state.status === 'unregistered') return fail(refuse.notFound(data.volunteerId))
  const correction = state.corrections[data.correctionId]
  if (correction === undefined) return fail(refuse.correctionNotFound(data.correctionId))
  if (correction.status !== 'pending') return fail(refuse.correctionNotPending(data.correctionId))
  const record = correction.recordId === null ? undefined : state.records[correction.recordId]
  const organisers = record === undefined ? (occasion?.organisers ?? []) : [record.organiser]
  if (!organisers.some((o) => sameOrganiser(o, data.organiser))) {
    return fail(refuse.notOrganiser(data.organiser))
  }
  return then(state, correction)
}

/** The organiser supersedes the record with a new version, or records the omission (V6). */
export const decideCorrectServiceRecord = (
  { data, metadata, facts }: CorrectionWithOccasion<CorrectServiceRecord>,
  state: VolunteerState,
): VolunteerDecision =>
  whenPending(state, data, facts.occasion, (volunteer, correction) => {
    const { volunteerId: _v, correctionId, organiser, ...details } = data
    const record = correction.recordId === null ? undefined : volunteer.records[correction.recordId]
    if (record === undefined) {
      const omitted = correction.occasion
      if (omitted === null) return fail(refuse.recordNotFound(correction.recordId ?? correctionId))
      const occasion = facts.occasion
      if (occasion === null) return fail(refuse.occasionNotFound(omitted))
      return whenActive(state, data.volunteerId, () =>
        recordNew(
          volunteer,
          {
            ...details,
            recordId: correctionId,
            occasion: omitted,
            title: occasion.title,
            date: occasion.date,
            organiser,
            source: 'make-up',
          },
          metadata,
          correctionId,
        ),
      )
    }
    const invalid = checkDetails(details)
    if (invalid !== null) return fail(invalid)
    const other = overlapping(volunteer, details, record.recordId)
    if (other !== null) return fail(refuse.overlap(other))
    return ok({
      type: 'ServiceRecordCorrected',
      data: {
        ...details,
        volunteerId: data.volunteerId,
        recordId: record.recordId,
        correctionId,
        version: record.version + 1,
        by: metadata.actor.id,
        at: metadata.now,
      },
    })
  })

/** The organiser refuses a correction, with a reason (V6). */
export const decideRefuseCorrection = (
  { data, metadata, facts }: CorrectionWithOccasion<RefuseCorrection>,
  state: VolunteerState,
): VolunteerDecision =>
  whenPending(state, data, facts.occasion, () =>
    ok({
      type: 'CorrectionRefused',
      data: {
        volunteerId: data.volunteerId,
        correctionId: data.correctionId,
        reason: data.reason,
        by: metadata.actor.id,
        at: metadata.now,
      },
    }),
  )
