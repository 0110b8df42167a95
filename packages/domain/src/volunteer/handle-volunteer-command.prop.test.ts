import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain } from '../create-wenming-domain.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { scheduledStore } from '../testing/scheduled-store.js'
import { registerVolunteer, testVolunteerOptions } from '../testing/volunteer-builders.js'
import type { VolunteerCommand } from './commands.js'

const at = '2026-03-03T08:00:00.000Z'
const domain = createWenmingDomain({ volunteers: testVolunteerOptions, stateCache: false })

const district = async (): Promise<EventStore> => {
  const store = createInMemoryEventStore()
  await domain.handleSiteCommand(
    store,
    {
      type: 'RegisterSite',
      data: {
        siteId: 'centre',
        parentId: null,
        level: 'center',
        name: '中心',
        kind: '中心',
        coordinates: { latitude: 26, longitude: 119 },
      },
      metadata: commandMetadata(at),
    },
    { commandId: 'site' },
  )
  await domain.handleActivityCommand(
    store,
    {
      type: 'PlanActivity',
      data: {
        activityId: 'a-1',
        title: '重阳敬老',
        kind: 'festival',
        festival: '重阳',
        organizerSiteId: 'centre',
        teamIds: ['team-a'],
        plannedDate: '2026-03-02',
      },
      metadata: commandMetadata(at),
    },
    { commandId: 'plan' },
  )
  await domain.handleActivityCommand(
    store,
    {
      type: 'HoldActivity',
      data: {
        activityId: 'a-1',
        date: '2026-03-02',
        teamIds: ['team-a'],
        volunteers: 2,
        hours: 4,
        audience: 30,
        notes: '',
      },
      metadata: commandMetadata(at),
    },
    { commandId: 'hold' },
  )
  return store
}

const count = async (store: EventStore): Promise<number> => {
  let n = 0
  for await (const _ of store.readAll()) n++
  return n
}

const commandArbitrary: fc.Arbitrary<VolunteerCommand> = fc.oneof(
  fc
    .record({
      v: fc.constantFrom('v-1', 'v-2', 'v-3'),
      n: fc.integer({ min: 1, max: 2 }),
      site: fc.constantFrom('centre', 'nowhere'),
    })
    .map(({ v, n, site }) => registerVolunteer(v, n, at, site)),
  fc
    .record({
      v: fc.constantFrom('v-1', 'v-2', 'v-3'),
      recordId: fc.constantFrom('r-1', 'r-2'),
      organiser: fc.constantFrom(
        { kind: 'team', teamId: 'team-a' } as const,
        { kind: 'team', teamId: 'team-z' } as const,
      ),
      hours: fc.integer({ min: 0, max: 16 }).map((q) => q / 4),
    })
    .map(({ v, recordId, organiser, hours }) => ({
      type: 'RecordService' as const,
      data: {
        volunteerId: v,
        recordId,
        occasion: { kind: 'activity' as const, activityId: 'a-1' },
        organiser,
        personInCharge: '队长',
        startsAt: '2026-03-02T01:00:00.000Z',
        endsAt: '2026-03-02T04:00:00.000Z',
        hours,
        place: '敬老院',
        content: '陪伴老人',
      },
      metadata: commandMetadata(at),
    })),
  fc.constantFrom('v-1', 'v-2', 'v-3').map((v) => ({
    type: 'SuspendVolunteer' as const,
    data: { volunteerId: v, reason: '' },
    metadata: commandMetadata(at),
  })),
)

describe('the volunteer handler', () => {
  it('leaves exactly one volunteer when registrations with one ID number race (V1)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 4 }), async (s, racers) => {
        const store = await district()
        const racing = scheduledStore(s, store)
        const runs = Array.from({ length: racers }, (_, i) =>
          domain.handleVolunteerCommand(racing, registerVolunteer(`v-${i}`, 7, at), {
            commandId: `reg-${i}`,
          }),
        )
        const results = await s.waitFor(Promise.all(runs))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        let registered = 0
        for await (const event of store.readAll())
          if (event.type === 'VolunteerRegistered') registered++
        expect(registered).toBe(1)
        for (const result of results) {
          if (!result.ok) expect(result.error.type).toBe('IdNumberAlreadyRegistered')
        }
      }),
      { numRuns: 60 },
    )
  }, 30_000)

  it('appends nothing for a refused command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArbitrary, { maxLength: 15 }), async (commands) => {
        const store = await district()
        for (const [i, command] of commands.entries()) {
          const before = await count(store)
          const result = await domain.handleVolunteerCommand(store, command, {
            commandId: `c-${i}`,
          })
          if (!result.ok) expect(await count(store)).toBe(before)
          else expect(await count(store)).toBeGreaterThan(before)
        }
      }),
      { numRuns: 150 },
    )
  }, 30_000)
})
