import type { WenmingEvent } from '../../wenming-event.js'
import { activityEventDefaults } from './activity-event-defaults.js'
import { catalogueEventDefaults } from './catalogue-event-defaults.js'
import { clusterEventDefaults } from './cluster-event-defaults.js'
import type { EventDefaults } from './event-defaults.js'
import { orderEventDefaults } from './order-event-defaults.js'
import { personalDataEventDefaults } from './personal-data-event-defaults.js'
import { projectEventDefaults } from './project-event-defaults.js'
import { shiftEventDefaults } from './shift-event-defaults.js'
import { siteEventDefaults } from './site-event-defaults.js'
import { teamEventDefaults } from './team-event-defaults.js'
import { volunteerEventDefaults } from './volunteer-event-defaults.js'

/** The event of type `T` among the domain's events. */
export type WenmingEventOfType<T extends WenmingEvent['type']> = Extract<WenmingEvent, { type: T }>

/** Builds a valid event of type `T`: the defaults, with `overrides` replacing fields of `data`. */
export type EventBuilder<T extends WenmingEvent['type']> = (
  overrides?: Partial<WenmingEventOfType<T>['data']>,
) => WenmingEventOfType<T>

const defaults: EventDefaults<WenmingEvent> = {
  ...siteEventDefaults,
  ...teamEventDefaults,
  ...orderEventDefaults,
  ...clusterEventDefaults,
  ...activityEventDefaults,
  ...volunteerEventDefaults,
  ...shiftEventDefaults,
  ...catalogueEventDefaults,
  ...personalDataEventDefaults,
  ...projectEventDefaults,
}

/**
 * Builds a schema-valid event of any type: defaults that fit together (station `st-1`, team
 * `team-1`, order `o-1`, volunteer `v-1`, all at 2026-03-02T08:00Z), with `overrides` replacing
 * fields of `data` (shallowly).
 *
 * @example
 * const dispatched = anEvent('OrderDispatched', { teamId: 'team-2', reach: 'pooled' })
 */
export const anEvent = <T extends WenmingEvent['type']>(
  type: T,
  overrides: Partial<WenmingEventOfType<T>['data']> = {},
): WenmingEventOfType<T> =>
  // The union's members are keyed by their literal `type`: this pairing is what `defaults` holds.
  // A deep copy, so a test that changes its event changes no other test's.
  ({
    type,
    data: { ...structuredClone(defaults[type]), ...overrides },
  }) as unknown as WenmingEventOfType<T>

/** One builder per event type: `eventBuilders.OrderTaken({ takenBy: 'v-2' })`. */
export const eventBuilders = Object.fromEntries(
  Object.keys(defaults).map((type) => [
    type,
    (overrides?: object) => anEvent(type as WenmingEvent['type'], overrides),
  ]),
) as unknown as { readonly [T in WenmingEvent['type']]: EventBuilder<T> }
