import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { ShiftDeciderCommand } from './decide.js'
import type { ShiftEvent } from './events.js'
import type { ShiftState } from './state.js'
import { shiftDecider } from './shift-decider.js'

const location = { latitude: 26.08, longitude: 119.3 }
const organiser = { kind: 'site', siteId: 'st-1' } as const
const start = Date.parse('2026-03-02T00:00:00.000Z')
const minute = 60_000
const iso = (ms: number) => new Date(ms).toISOString()
const volunteers = ['v-1', 'v-2', 'v-3']

const scheduled: ShiftEvent = {
  type: 'ShiftScheduled',
  data: {
    shiftId: 's-1',
    activityId: 'a-1',
    title: '文明交通劝导',
    date: '2026-03-02',
    post: { postId: 'x-1', name: '路口', location, radiusMeters: 200 },
    startsAt: iso(start),
    endsAt: iso(start + 120 * minute),
    maxHours: 2,
    checkInCode: '4821',
    organiser,
    by: 'admin',
    at: iso(start - 1440 * minute),
  },
}

const commandArbitrary: fc.Arbitrary<ShiftDeciderCommand> = fc
  .record({
    kind: fc.constantFrom('CheckIn', 'CheckOut', 'CloseAttendance'),
    volunteerId: fc.constantFrom(...volunteers),
    minutes: fc.integer({ min: -90, max: 240 }),
    closedAt: fc.integer({ min: -90, max: 240 }),
    code: fc.constantFrom('4821', '1111'),
    offset: fc.double({ min: -0.003, max: 0.003, noNaN: true }),
  })
  .map(({ kind, volunteerId, minutes, closedAt, code, offset }): ShiftDeciderCommand => {
    const metadata = commandMetadata(iso(start + minutes * minute), volunteerId)
    const position = { latitude: location.latitude + offset, longitude: location.longitude }
    if (kind === 'CloseAttendance') {
      return {
        type: 'CloseAttendance',
        data: {
          shiftId: 's-1',
          volunteerId,
          organiser,
          checkedOutAt: iso(start + closedAt * minute),
          reason: '忘记签退',
        },
        metadata,
      }
    }
    const data = { shiftId: 's-1', volunteerId, code, position }
    return kind === 'CheckIn'
      ? { type: 'CheckIn', data, metadata, facts: { volunteerActive: true } }
      : { type: 'CheckOut', data, metadata }
  })

describe('check-in and check-out (V3)', () => {
  it('never records a check-out before its check-in, whatever the order of commands', () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 40 }), (commands) => {
        let state: ShiftState = shiftDecider.evolve(shiftDecider.initialState, scheduled)
        const checkedIn = new Map<string, number>()
        for (const command of commands) {
          const decision = shiftDecider.decide(command, state)
          if (!decision.ok) continue
          for (const event of decision.events) {
            if (event.type === 'VolunteerCheckedIn')
              checkedIn.set(event.data.volunteerId, Date.parse(event.data.at))
            const out =
              event.type === 'VolunteerCheckedOut'
                ? event.data.at
                : event.type === 'AttendanceClosedByOrganiser'
                  ? event.data.checkedOutAt
                  : null
            if (out !== null) {
              const inAt =
                'volunteerId' in event.data ? checkedIn.get(event.data.volunteerId) : undefined
              expect(inAt).toBeDefined()
              expect(Date.parse(out)).toBeGreaterThanOrEqual(inAt ?? Infinity)
            }
            state = shiftDecider.evolve(state, event)
          }
        }
      }),
      { numRuns: 500 },
    )
  })
})
