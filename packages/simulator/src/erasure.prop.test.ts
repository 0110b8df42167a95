import { erasePersonalData, wenmingPersonalData } from '@wenming/domain'
import {
  createInMemoryDataKeyStore,
  createInMemoryEventStore,
  createPersonalDataCodec,
  withPersonalData,
  type DataKeyStore,
  type EventStore,
  type RecordedEvent,
} from '@wenming/event-store'
import { computeWorkReport, type WorkReport } from '@wenming/reports'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { simulateDistrictYear } from './simulate-district-year.js'
import { PROFILE_2022, type SimulationProfile } from './simulation-profile.js'

const small: SimulationProfile = {
  ...PROFILE_2022,
  institutes: 2,
  stationsPerInstitute: 4,
  pointsPerInstitute: 1,
  clusters: 1,
  organizations: 3,
  platformTeams: 4,
  platformMembers: 40,
  communityTeams: 10,
  communityMembers: 90,
  directiveOrders: 6,
  requestOrdersAccepted: 20,
  requestOrdersRejected: 3,
  requestOrdersCancelled: 2,
  centreSquareActivities: 2,
  localSquareActivities: 8,
  festivalActivities: 6,
  trafficPersuasionSessions: 4,
  intersections: 2,
  themedActivities: 3,
  regularActivities: 10,
}

type Subject = { id: string; kind: 'volunteer' | 'resident' }

/** The keys of `base`, less those of `erased`: one run's erasures leave the others' keys alone. */
const keysWithout = (base: DataKeyStore, erased: Set<string>): DataKeyStore => {
  const kept = (found: ReadonlyMap<string, Uint8Array>) =>
    new Map([...found].filter(([subject]) => !erased.has(subject)))
  return {
    read: async (subjects) => kept(await base.read(subjects)),
    readOrCreate: async (subjects) => kept(await base.readOrCreate(subjects)),
    delete: (subject) => {
      const had = !erased.has(subject)
      erased.add(subject)
      return Promise.resolve(had)
    },
  }
}

const report = (store: EventStore): Promise<WorkReport> =>
  computeWorkReport(store, { district: 'center', from: '2023-01-01', to: '2023-12-31' })

describe('erasing people from a simulated district year', () => {
  const keys = createInMemoryDataKeyStore()
  const log: RecordedEvent[] = []
  const subjects: Subject[] = []
  let before: WorkReport

  beforeAll(async () => {
    const plain = createInMemoryEventStore()
    const store = withPersonalData(
      plain,
      createPersonalDataCodec({ policy: wenmingPersonalData, keys }),
    )
    await simulateDistrictYear(store, { year: 2023, seed: 7, profile: small })
    for await (const event of plain.readAll()) log.push(event)
    const seen = new Set<string>()
    for await (const event of store.readAll()) {
      const data = event.data as {
        volunteerId?: string
        requesterId?: string
        onBehalfOf?: unknown
      }
      const subject: Subject | undefined =
        event.type === 'VolunteerRegistered'
          ? { id: data.volunteerId!, kind: 'volunteer' }
          : event.type === 'RequestOrderPlaced' && data.onBehalfOf !== null
            ? { id: data.requesterId!, kind: 'resident' }
            : undefined
      if (subject !== undefined && !seen.has(subject.id)) {
        seen.add(subject.id)
        subjects.push(subject)
      }
    }
    before = await report(store)
  }, 120_000)

  it('has volunteers and proxy requesters to erase', () => {
    expect(subjects.filter((s) => s.kind === 'volunteer').length).toBeGreaterThan(50)
    expect(subjects.some((s) => s.kind === 'resident')).toBe(true)
  })

  it('keeps every figure of the year’s report, whoever is erased', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(subjects, { minLength: 1 }), async (erased) => {
        // A copy of the sealed log, the run's own view of the keys and its own key cache.
        const plain = createInMemoryEventStore()
        for (const event of log) {
          await plain.appendToStream(event.streamName, [
            { type: event.type, data: event.data, metadata: event.metadata ?? {}, id: event.id },
          ])
        }
        const store = withPersonalData(
          plain,
          createPersonalDataCodec({
            policy: wenmingPersonalData,
            keys: keysWithout(keys, new Set()),
          }),
        )
        for (const subject of erased) {
          const outcome = await erasePersonalData(
            store,
            (id) => store.erasePersonalData(id),
            {
              type: 'RequestPersonalDataErasure',
              data: {
                subjectId: subject.id,
                subjectKind: subject.kind,
                reason: 'consent-withdrawn',
              },
              metadata: { now: '2023-12-31T00:00:00.000Z', actor: { id: 'u-centre' } },
            },
            { commandId: `erase-${subject.id}` },
          )
          expect(outcome).toMatchObject({ ok: true, keyDeleted: true })
        }
        expect(await report(store)).toEqual(before)
      }),
      { numRuns: 6 },
    )
  }, 240_000)
})
