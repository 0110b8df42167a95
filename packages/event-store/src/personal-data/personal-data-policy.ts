/** What a personal field reads as once its person's key is deleted (or was never there). */
export const ERASED = '[erased]'

/**
 * One person's personal fields in an event: whose they are (`subject`, a person's id, derived from
 * the event's clear fields; `undefined` when the event names nobody) and where they are (`fields`,
 * dot-separated paths into the event's data, such as `'profile.phone'`).
 */
export type PersonalFields<Data = never> = {
  readonly subject: (data: Data) => string | undefined
  readonly fields: readonly string[]
}

/**
 * Which fields of which event types are personal, and whose: per event type, one entry per person
 * the event names. Event types it does not list carry no personal data.
 */
export type PersonalDataPolicy<Event extends { type: string; data: unknown } = never> = [
  Event,
] extends [never]
  ? { readonly [type: string]: readonly PersonalFields<never>[] }
  : {
      readonly [Type in Event['type']]?: readonly PersonalFields<
        Extract<Event, { type: Type }>['data']
      >[]
    }

/**
 * A policy checked against an event union: each rule's `subject` sees its event type's data.
 *
 * @example
 * const policy = personalDataPolicy<VolunteerEvent>()({
 *   VolunteerRegistered: [{ subject: (data) => data.volunteerId, fields: ['profile.name'] }],
 * })
 */
export const personalDataPolicy =
  <Event extends { type: string; data: unknown }>() =>
  (policy: PersonalDataPolicy<Event>): PersonalDataPolicy =>
    policy as unknown as PersonalDataPolicy
