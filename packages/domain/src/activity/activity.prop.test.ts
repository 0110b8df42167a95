import { foldEvents } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  activityCommandArbitrary,
  activityEventArbitrary,
  planActivityArbitrary,
  setMonthlyThemeArbitrary,
  unsafeActivityCommandArbitrary,
} from '../testing/activity-arbitraries.js'
import { activityDecider } from './activity-decider.js'
import { activityCommandSchema } from './commands.js'
import { activityEventSchema } from './events.js'
import type { ActivityEvent } from './events.js'
import { monthlyThemeEventSchema } from './monthly-theme/events.js'
import { monthlyThemeDecider } from './monthly-theme/monthly-theme-decider.js'

/** Runs commands one after the other on one stream, keeping the events of the accepted ones. */
const run = (commands: readonly Parameters<typeof activityDecider.decide>[0][]) => {
  const history: ActivityEvent[] = []
  let state = activityDecider.initialState
  const states = [state]
  for (const command of commands) {
    const result = activityDecider.decide(command, state)
    if (!result.ok) continue
    history.push(...result.events)
    state = foldEvents(activityDecider, result.events, state)
    states.push(state)
  }
  return { history, states }
}

// Half of the sequences start with a valid plan, so that holds and cancels are often reached.
const sequences = fc
  .tuple(
    fc.option(planActivityArbitrary(fc.constant('act-1')), { nil: undefined }),
    fc.array(unsafeActivityCommandArbitrary(fc.constant('act-1')), { maxLength: 12 }),
  )
  .map(([plan, rest]) => (plan === undefined ? rest : [plan, ...rest]))

describe('activity properties', () => {
  it('never produces an activity that is both held and cancelled, nor planned twice', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const types = run(commands).history.map((event) => event.type)
        expect(types.includes('ActivityHeld') && types.includes('ActivityCancelled')).toBe(false)
        expect(types.filter((type) => type === 'ActivityPlanned').length).toBeLessThanOrEqual(1)
        expect(types.filter((type) => type !== 'ActivityPlanned').length).toBeLessThanOrEqual(1)
        if (types.length > 0) expect(types[0]).toBe('ActivityPlanned')
      }),
    )
  })

  it('never records negative or fractional volunteers or audience, nor negative hours', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        for (const event of run(commands).history) {
          if (event.type !== 'ActivityHeld') continue
          expect(Number.isInteger(event.data.volunteers) && event.data.volunteers >= 1).toBe(true)
          expect(Number.isInteger(event.data.audience) && event.data.audience >= 0).toBe(true)
          expect(event.data.hours >= 0).toBe(true)
        }
      }),
    )
  })

  it('refuses every command once the activity is held or cancelled', () => {
    fc.assert(
      fc.property(sequences, activityCommandArbitrary(fc.constant('act-1')), (commands, next) => {
        const { states } = run(commands)
        const last = states[states.length - 1]!
        if (last.status === 'held' || last.status === 'cancelled') {
          expect(activityDecider.decide(next, last).ok).toBe(false)
        }
      }),
    )
  })

  it('writes only events that survive a JSON and zod round trip unchanged', () => {
    fc.assert(
      fc.property(activityEventArbitrary(), (event) => {
        const stored: unknown = JSON.parse(JSON.stringify(event))
        expect(activityEventSchema.parse(stored)).toStrictEqual(event)
      }),
    )
  })

  it('generates well-formed commands that the command schema accepts unchanged', () => {
    fc.assert(
      fc.property(activityCommandArbitrary(), (command) => {
        expect(activityCommandSchema.parse(JSON.parse(JSON.stringify(command)))).toEqual(command)
      }),
    )
  })

  it('records a monthly theme once however often the same theme is set, and round-trips it', () => {
    fc.assert(
      fc.property(setMonthlyThemeArbitrary(), fc.integer({ min: 1, max: 4 }), (command, times) => {
        const events = []
        for (let i = 0; i < times; i++) {
          const result = monthlyThemeDecider.decide(
            command,
            foldEvents(monthlyThemeDecider, events),
          )
          expect(result.ok).toBe(true)
          if (result.ok) events.push(...result.events)
        }
        expect(events).toHaveLength(1)
        const stored: unknown = JSON.parse(JSON.stringify(events[0]))
        expect(monthlyThemeEventSchema.parse(stored)).toStrictEqual(events[0])
      }),
    )
  })
})
