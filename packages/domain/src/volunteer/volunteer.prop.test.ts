import { foldEvents } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { registerVolunteer } from '../testing/volunteer-builders.js'
import type { VolunteerDeciderCommand } from './decide.js'
import type { VolunteerEvent } from './events.js'
import type { OccasionFacts } from './occasion-facts.js'
import { occasionKey, type Organiser } from './occasion.js'
import { starLevel, type StarPolicy } from './star-policy.js'
import { confirmedHours, type VolunteerState } from './state.js'
import { volunteerDecider } from './volunteer-decider.js'

const at = '2026-03-20T10:00:00.000Z'
const site = { siteId: 'centre', level: 'center', status: 'open', clusterId: null } as const
const teams: Organiser[] = [
  { kind: 'team', teamId: 'team-a' },
  { kind: 'team', teamId: 'team-b' },
]
const activities = ['a-1', 'a-2', 'a-3']
/** Every activity is run by both teams: a volunteer of both may be recorded by either. */
const occasionFacts: OccasionFacts = {
  title: '重阳敬老',
  date: '2026-03-16',
  organisers: teams,
  participants: null,
}

const hour = 3_600_000
const base = Date.parse('2026-03-16T00:00:00.000Z')
const iso = (ms: number) => new Date(ms).toISOString()

const detailsArbitrary = fc
  .record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 8 }) })
  .chain(({ start, length }) =>
    fc.record({
      startsAt: fc.constant(iso(base + start * hour)),
      endsAt: fc.constant(iso(base + (start + length) * hour)),
      hours: fc.integer({ min: 0, max: length * 4 }).map((q) => q / 4),
      place: fc.constant('社区'),
      content: fc.constant('探访老人'),
    }),
  )

const commandArbitrary: fc.Arbitrary<VolunteerDeciderCommand> = fc.oneof(
  fc
    .record({
      activity: fc.constantFrom(...activities),
      organiser: fc.constantFrom(...teams),
      details: detailsArbitrary,
      recordId: fc.constantFrom('r-1', 'r-2', 'r-3', 'r-4'),
    })
    .map(({ activity, organiser, details, recordId }) => ({
      type: 'RecordService' as const,
      data: {
        volunteerId: 'v-1',
        recordId,
        occasion: { kind: 'activity' as const, activityId: activity },
        organiser,
        personInCharge: '队长',
        ...details,
      },
      metadata: commandMetadata(at),
      facts: { occasion: occasionFacts },
    })),
  fc
    .record({
      correctionId: fc.constantFrom('c-1', 'c-2', 'c-3'),
      recordId: fc.constantFrom('r-1', 'r-2', 'r-3'),
    })
    .map(({ correctionId, recordId }) => ({
      type: 'RequestCorrection' as const,
      data: { volunteerId: 'v-1', correctionId, recordId, description: '时长有误' },
      metadata: commandMetadata(at, 'v-1'),
    })),
  fc
    .record({
      correctionId: fc.constantFrom('c-1', 'c-2', 'c-3'),
      organiser: fc.constantFrom(...teams),
      details: detailsArbitrary,
    })
    .map(({ correctionId, organiser, details }) => ({
      type: 'CorrectServiceRecord' as const,
      data: { volunteerId: 'v-1', correctionId, organiser, personInCharge: '队长', ...details },
      metadata: commandMetadata(at),
      facts: { occasion: null },
    })),
  fc.constantFrom('c-1', 'c-2', 'c-3').map((correctionId) => ({
    type: 'RefuseCorrection' as const,
    data: { volunteerId: 'v-1', correctionId, organiser: teams[0] as Organiser, reason: '无误' },
    metadata: commandMetadata(at),
    facts: { occasion: null },
  })),
)

const policyArbitrary: fc.Arbitrary<StarPolicy> = fc
  .uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 6 })
  .map((t) => ({ thresholds: [...t].sort((a, b) => a - b) }))

const registered = (): { state: VolunteerState; events: VolunteerEvent[] } => {
  const decision = volunteerDecider.decide(
    { ...registerVolunteer('v-1', 1, at), facts: { site } },
    volunteerDecider.initialState,
  )
  if (!decision.ok) throw new Error('registration refused')
  const events = [...decision.events]
  return { state: foldEvents(volunteerDecider, events), events }
}

/** Runs commands through the decider (each followed by the star process); the log and the state. */
const run = (commands: readonly VolunteerDeciderCommand[], policy: StarPolicy) => {
  let { state, events } = registered()
  for (const command of commands) {
    for (const next of [
      command,
      {
        type: 'AdjustStarLevel' as const,
        data: { volunteerId: 'v-1', policy },
        metadata: commandMetadata(at),
      },
    ]) {
      const decision = volunteerDecider.decide(next, state)
      if (!decision.ok) continue
      events = [...events, ...decision.events]
      state = decision.events.reduce(volunteerDecider.evolve, state)
    }
  }
  return { state, events }
}

/** The model of V6: each record's hours are those of its latest version in the log. */
const latestHours = (events: readonly VolunteerEvent[]): Map<string, number> => {
  const hours = new Map<string, number>()
  for (const event of events) {
    if (event.type === 'ServiceRecorded' || event.type === 'ServiceRecordCorrected') {
      hours.set(event.data.recordId, event.data.hours)
    }
  }
  return hours
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0)

describe('volunteer records, corrections and stars', () => {
  it('never counts a volunteer twice for one occasion served in two teams (V2, V5)', () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 30 }), (commands) => {
        const { events, state } = run(commands, { thresholds: [100] })
        const perOccasion = new Map<string, number>()
        for (const event of events) {
          if (event.type !== 'ServiceRecorded') continue
          const key = occasionKey(event.data.occasion)
          perOccasion.set(key, (perOccasion.get(key) ?? 0) + 1)
        }
        expect([...perOccasion.values()].every((n) => n === 1)).toBe(true)
        // Any team's or the district's total is at most the sum over distinct occasions.
        expect(confirmedHours(state)).toBeCloseTo(sum(latestHours(events).values()), 9)
      }),
      { numRuns: 300 },
    )
  })

  it('totals after any sequence of corrections equal the sum of the latest records (V6)', () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 40 }), (commands) => {
        const { events, state } = run(commands, { thresholds: [100] })
        expect(confirmedHours(state)).toBeCloseTo(sum(latestHours(events).values()), 9)
        // History keeps both: every record's first version is still in the log.
        const firsts = events.filter((e) => e.type === 'ServiceRecorded').length
        expect(state.status !== 'unregistered' && Object.keys(state.records).length).toBe(firsts)
      }),
      { numRuns: 300 },
    )
  })

  it('makes the star level a monotone function of confirmed hours for any policy (V7)', () => {
    fc.assert(
      fc.property(policyArbitrary, fc.nat({ max: 100 }), fc.nat({ max: 100 }), (policy, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        expect(starLevel(low, policy)).toBeLessThanOrEqual(starLevel(high, policy))
        expect(starLevel(high, policy)).toBeLessThanOrEqual(policy.thresholds.length)
        expect(starLevel(low, policy)).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 500 },
    )
  })

  it('keeps the level in line with confirmed hours and awards each level once (V7)', () => {
    fc.assert(
      fc.property(
        policyArbitrary,
        fc.array(commandArbitrary, { maxLength: 30 }),
        (policy, commands) => {
          const { events, state } = run(commands, policy)
          expect(state.status !== 'unregistered' && state.starLevel).toBe(
            starLevel(confirmedHours(state), policy),
          )
          const awards = events.flatMap((e) =>
            e.type === 'VolunteerStarAwarded' ? [e.data.level] : [],
          )
          expect(new Set(awards).size).toBe(awards.length)
        },
      ),
      { numRuns: 300 },
    )
  })
})
