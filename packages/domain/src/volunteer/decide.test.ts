import { deciderSpecification } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { registerVolunteer } from '../testing/volunteer-builders.js'
import type { VolunteerDeciderCommand } from './decide.js'
import type { ServiceRecorded, VolunteerEvent } from './events.js'
import type { OccasionFacts } from './occasion-facts.js'
import { volunteerDecider } from './volunteer-decider.js'

const given = deciderSpecification(volunteerDecider)
const at = '2026-03-03T10:00:00.000Z'
const site = { siteId: 'centre', level: 'center', status: 'open', clusterId: null } as const
const registration = { ...registerVolunteer('v-1', 1, at), facts: { site } }
const registered: VolunteerEvent = {
  type: 'VolunteerRegistered',
  data: {
    volunteerId: 'v-1',
    siteId: 'centre',
    profile: registration.data.profile,
    consent: { given: true, textVersion: 'v1', at },
    by: 'admin',
    at,
  },
}
const team = { kind: 'team', teamId: 'team-1' } as const
const order: OccasionFacts = {
  title: '老人测血压',
  date: '2026-03-02',
  organisers: [team],
  participants: ['v-1', 'v-2'],
}
const details = {
  startsAt: '2026-03-02T01:00:00.000Z',
  endsAt: '2026-03-02T04:00:00.000Z',
  hours: 3,
  place: '社区卫生站',
  content: '为老人测血压',
}
const record = (now: string, more: Partial<typeof details> = {}, recordId = 'r-1') =>
  ({
    type: 'RecordService',
    data: {
      volunteerId: 'v-1',
      recordId,
      occasion: { kind: 'order', orderId: 'o-1' },
      organiser: team,
      personInCharge: '王队长',
      ...details,
      ...more,
    },
    metadata: commandMetadata(now),
    facts: { occasion: order },
  }) satisfies VolunteerDeciderCommand
const recorded = (late: boolean, now: string): ServiceRecorded => ({
  type: 'ServiceRecorded',
  data: {
    volunteerId: 'v-1',
    recordId: 'r-1',
    occasion: { kind: 'order', orderId: 'o-1' },
    title: '老人测血压',
    date: '2026-03-02',
    ...details,
    organiser: team,
    personInCharge: '王队长',
    source: 'recorded',
    deadline: '2026-03-16',
    late,
    by: 'admin',
    at: now,
  },
})

describe('the volunteer decider', () => {
  it('registers a volunteer under their real name with the consent given (Art 5)', () => {
    given([]).when(registration).then([registered])
    given([registered])
      .when(registration)
      .thenFails((e) => e.type === 'VolunteerAlreadyRegistered')
    given([])
      .when({ ...registration, facts: { site: { ...site, status: 'closed' } } })
      .thenFails((e) => e.field === 'siteId' && e.reason.zh.length > 0 && e.reason.en.length > 0)
  })

  it('records the volunteer’s own hours, late after 10 working days (Art 11, V4)', () => {
    given([registered])
      .when(record('2026-03-16T09:00:00.000Z'))
      .then([recorded(false, '2026-03-16T09:00:00.000Z')])
    given([registered])
      .when(record('2026-03-17T09:00:00.000Z'))
      .then([recorded(true, '2026-03-17T09:00:00.000Z')])
  })

  it('refuses a record by anyone but the organiser, or for a volunteer the report does not name', () => {
    const other = {
      ...record(at),
      data: { ...record(at).data, organiser: { kind: 'team', teamId: 'team-2' } },
    } as const
    given([registered])
      .when(other)
      .thenFails((e) => e.type === 'NotOccasionOrganiser' && e.field === 'organiser')
    const absent = { ...record(at), facts: { occasion: { ...order, participants: ['v-2'] } } }
    given([registered])
      .when(absent)
      .thenFails((e) => e.type === 'VolunteerNotOnOccasion')
    given([registered])
      .when({ ...record(at), facts: { occasion: null } })
      .thenFails((e) => e.type === 'OccasionNotFound')
  })

  it('keeps one record per occasion, no overlaps, and hours within the time served (V2, V5)', () => {
    const first = recorded(false, at)
    given([registered, first])
      .when(record(at, {}, 'r-2'))
      .thenFails((e) => e.type === 'OccasionAlreadyRecorded')
    const overlapping = {
      ...record(at, {}, 'r-2'),
      data: { ...record(at, {}, 'r-2').data, occasion: { kind: 'activity', activityId: 'a-1' } },
    } as const
    given([registered, first])
      .when(overlapping)
      .thenFails((e) => e.type === 'ServiceRecordsOverlap' && e.field === 'startsAt')
    given([registered])
      .when(record(at, { hours: 3.5 }))
      .thenFails((e) => e.type === 'HoursExceedServiceTime' && e.field === 'hours')
    given([registered])
      .when(record(at, { endsAt: '2026-03-02T00:00:00.000Z' }))
      .thenFails((e) => e.type === 'ServiceEndsBeforeStart')
  })

  it('supersedes a record on a correction and keeps both versions in the history (V6)', () => {
    const request: VolunteerDeciderCommand = {
      type: 'RequestCorrection',
      data: {
        volunteerId: 'v-1',
        correctionId: 'c-1',
        recordId: 'r-1',
        description: '少记了一小时',
      },
      metadata: commandMetadata(at, 'v-1'),
    }
    const requested: VolunteerEvent = {
      type: 'CorrectionRequested',
      data: {
        volunteerId: 'v-1',
        correctionId: 'c-1',
        recordId: 'r-1',
        description: '少记了一小时',
        by: 'v-1',
        at,
      },
    }
    const first = recorded(false, at)
    given([registered, first]).when(request).then([requested])
    const correct: VolunteerDeciderCommand = {
      type: 'CorrectServiceRecord',
      data: {
        volunteerId: 'v-1',
        correctionId: 'c-1',
        organiser: team,
        personInCharge: '王队长',
        ...details,
        hours: 2,
      },
      metadata: commandMetadata(at),
      facts: { occasion: null },
    }
    given([registered, first, requested])
      .when(correct)
      .then([
        {
          type: 'ServiceRecordCorrected',
          data: {
            ...details,
            hours: 2,
            volunteerId: 'v-1',
            recordId: 'r-1',
            correctionId: 'c-1',
            version: 2,
            personInCharge: '王队长',
            by: 'admin',
            at,
          },
        },
      ])
    given([registered, first, requested])
      .when({ ...correct, data: { ...correct.data, organiser: { kind: 'site', siteId: 'st-1' } } })
      .thenFails((e) => e.type === 'NotOccasionOrganiser')
    const refused: VolunteerEvent = {
      type: 'CorrectionRefused',
      data: { volunteerId: 'v-1', correctionId: 'c-1', reason: '记录无误', by: 'admin', at },
    }
    given([registered, first, requested])
      .when({
        type: 'RefuseCorrection',
        data: { volunteerId: 'v-1', correctionId: 'c-1', organiser: team, reason: '记录无误' },
        metadata: commandMetadata(at),
        facts: { occasion: null },
      })
      .then([refused])
    given([registered, first, requested, refused])
      .when(correct)
      .thenFails((e) => e.type === 'CorrectionNotPending')
  })

  it('awards each star level once, lowers it when hours are taken away, and regains it without a new award (V7)', () => {
    const policy = { thresholds: [2, 3] }
    const adjust: VolunteerDeciderCommand = {
      type: 'AdjustStarLevel',
      data: { volunteerId: 'v-1', policy },
      metadata: commandMetadata(at),
    }
    const first = recorded(false, at)
    const base = { volunteerId: 'v-1', confirmedHours: 3, at }
    given([registered, first])
      .when(adjust)
      .then([
        { type: 'VolunteerStarAwarded', data: { ...base, level: 1 } },
        { type: 'VolunteerStarAwarded', data: { ...base, level: 2 } },
      ])
    const awarded: VolunteerEvent[] = [
      { type: 'VolunteerStarAwarded', data: { ...base, level: 1 } },
      { type: 'VolunteerStarAwarded', data: { ...base, level: 2 } },
    ]
    const lowered: VolunteerEvent = {
      type: 'ServiceRecordCorrected',
      data: {
        ...details,
        hours: 1,
        volunteerId: 'v-1',
        recordId: 'r-1',
        correctionId: 'c-1',
        version: 2,
        personInCharge: '王队长',
        by: 'admin',
        at,
      },
    }
    given([registered, first, ...awarded, lowered])
      .when(adjust)
      .then([
        { type: 'VolunteerStarLevelChanged', data: { ...base, confirmedHours: 1, from: 2, to: 0 } },
      ])
    given([registered, first, ...awarded])
      .when(adjust)
      .then([])
  })

  it('issues a numbered certificate that states the masked ID number only (V8)', () => {
    const issue: VolunteerDeciderCommand = {
      type: 'IssueCertificate',
      data: {
        volunteerId: 'v-1',
        certificateNumber: 'ZM-1',
        from: '2026-01-01',
        to: '2026-12-31',
        issuer: {
          organisation: '区新时代文明实践中心',
          personInCharge: '张主任',
          contact: '0591-1234567',
        },
      },
      metadata: commandMetadata(at),
    }
    const decision = volunteerDecider.decide(
      issue,
      [registered, recorded(false, at)].reduce(
        volunteerDecider.evolve,
        volunteerDecider.initialState,
      ),
    )
    expect(decision.ok && decision.events[0]).toMatchObject({
      type: 'CertificateIssued',
      data: { maskedIdNumber: '3501**********0001', hours: 3, records: 1, issuedOn: '2026-03-03' },
    })
    expect(JSON.stringify(decision)).not.toContain(registration.data.profile.idNumber)
    given([registered])
      .when(issue)
      .thenFails((e) => e.type === 'NoServiceInPeriod')
  })
})
