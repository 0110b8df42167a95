import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { wenmingPersonalData } from '@wenming/domain'
import {
  createInMemoryReadModelStorage,
  ERASED,
  openProjectionRunner,
  rowSlot,
  type RecordedEvent,
} from '@wenming/event-store'
import {
  backupSqliteStore,
  createSqliteEventStore,
  type SqliteEventStore,
} from '@wenming/event-store-sqlite'
import { volunteerRecords } from '@wenming/projections'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi, type TestPrincipal } from './testing/test-api.js'

const profile = {
  name: '李梅',
  gender: 'female',
  birthDate: '1980-01-01',
  idType: 'resident-id',
  idNumber: '350102198001010001',
  residenceArea: '鼓楼区东街街道',
  phone: '13900000001',
  skills: ['陪伴'],
  serviceCategories: ['health'],
}
const secrets = ['李梅', '350102198001010001', '13900000001', '独居老人王奶奶', '鼓楼区东街街道']

const must = async (t: TestApi, as: TestPrincipal, path: string, body: unknown) => {
  // With an idempotency key, as clients send: its stored response must not keep personal data.
  const response = await t.request(as, 'POST', path, body, {
    'idempotency-key': `key-${path.replaceAll('/', '-')}-0123456789`,
  })
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${response.text}`)
  return response
}

/** The work report's figures, without when they were read. */
const reportOf = async (t: TestApi): Promise<unknown> => {
  await t.settle()
  const response = await t.request('auditor', 'GET', '/reports/work?period=2022')
  expect(response.status).toBe(200)
  const { freshness: _freshness, ...figures } = response.body as Record<string, unknown>
  return figures
}

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

describe('erasing a person over HTTP against SQLite', () => {
  let t: TestApi
  let backup: string
  let before: unknown
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    await must(t, 'station', '/volunteers', {
      volunteerId: 'vol-1',
      siteId: 'st-1',
      profile,
      consent: { given: true, textVersion: '2022-01' },
    })
    await must(t, 'leader', '/teams/team-local/members', {
      volunteerId: 'vol-1',
      displayName: '李梅',
    })
    const day = t.now().toISOString().slice(0, 10)
    await must(t, 'station', '/activities', {
      activityId: 'visit',
      title: '探访',
      kind: 'regular',
      organizerSiteId: 'st-1',
      teamIds: ['team-local'],
      plannedDate: day,
    })
    await must(t, 'station', '/activities/visit/hold', {
      date: day,
      teamIds: ['team-local'],
      volunteers: 1,
      hours: 3,
      audience: 10,
      notes: '',
    })
    await must(t, 'leader', '/volunteers/vol-1/records', {
      recordId: 'r-1',
      occasion: { kind: 'activity', activityId: 'visit' },
      organiser: { kind: 'team', teamId: 'team-local' },
      personInCharge: '张队长',
      startsAt: '2022-03-01T01:00:00.000Z',
      endsAt: '2022-03-01T04:00:00.000Z',
      hours: 3,
      place: '东街社区',
      content: '探访独居老人',
    })
    await must(t, 'station', '/orders', {
      orderId: 'o-proxy',
      siteId: 'st-1',
      onBehalfOf: '独居老人王奶奶',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    before = await reportOf(t)
    backup = join(t.store === undefined ? '' : (t.store as SqliteEventStore).path + '.before')
    await backupSqliteStore((t.store as SqliteEventStore).path, backup)
  })
  afterAll(async () => {
    await t.close()
  })

  it('reads the volunteer in clear to those who may see them before the erasure', async () => {
    const shown = await t.request('dispatcher', 'GET', '/volunteers/vol-1/profile')
    expect(shown.body).toMatchObject({ profile: { name: '李梅', idNumber: profile.idNumber } })
  })

  it('refuses an erasure to a role that may not ask for it, and a volunteer for someone else', async () => {
    const leader = await t.request('leader', 'POST', '/erasures', {
      subjectId: 'vol-1',
      subjectKind: 'volunteer',
      reason: 'consent-withdrawn',
    })
    expect(leader.status).toBe(403)
    const other = await t.request('otherVolunteer', 'POST', '/erasures', {
      subjectId: 'vol-1',
      subjectKind: 'volunteer',
      reason: 'consent-withdrawn',
    })
    expect(other.status).toBe(403)
  })

  it('erases a volunteer and a requester, saying what is erased and what is kept', async () => {
    const erased = await t.request('volunteer', 'POST', '/erasures', {
      subjectId: 'vol-1',
      subjectKind: 'volunteer',
      reason: 'consent-withdrawn',
    })
    expect(erased.status).toBe(200)
    const events = (erased.body as { events: { type: string; data: Record<string, unknown> }[] })
      .events
    expect(events.map((e) => e.type)).toEqual([
      'PersonalDataErasureRequested',
      'PersonalDataErased',
    ])
    expect(events[1]!.data['erased']).toContain('idNumber')
    expect(String(events[1]!.data['kept'])).toContain('hours')
    expect(JSON.stringify(erased.body)).not.toContain('李梅')
    const requester = await t.request('dispatcher', 'POST', '/erasures', {
      subjectId: 'u-station',
      subjectKind: 'resident',
      reason: 'purpose-fulfilled',
    })
    expect(requester.status).toBe(200)
    await t.settle()
  })

  it('reads the erased person as erased through the API', async () => {
    const shown = await t.request('dispatcher', 'GET', '/volunteers/vol-1/profile')
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({
      profile: { name: ERASED, idNumber: ERASED, phone: ERASED, birthDate: ERASED },
    })
    const records = await t.request('volunteer', 'GET', '/volunteers/vol-1/records')
    expect(records.body).toMatchObject({
      volunteer: { maskedName: ERASED, maskedIdNumber: ERASED, confirmedHours: 3 },
    })
    const order = await t.request('dispatcher', 'GET', '/orders/o-proxy')
    expect(order.status).toBe(200)
    const team = await t.request('leader', 'GET', '/teams/team-local')
    for (const body of [shown.text, records.text, order.text, team.text]) {
      for (const secret of secrets) expect(body).not.toContain(secret)
    }
    expect(order.text).toContain(ERASED)
  })

  it('keeps every figure of the report', async () => {
    expect(await reportOf(t)).toEqual(before)
  })

  it('reads the erased person as erased in a read model rebuilt from the log', async () => {
    const runner = await openProjectionRunner({
      store: t.store,
      slots: [rowSlot(volunteerRecords, createInMemoryReadModelStorage(volunteerRecords))],
    })
    await runner.catchUp()
    const row = runner.readModel(volunteerRecords).volunteers.get('vol-1')
    expect(row).toMatchObject({ maskedName: ERASED, maskedIdNumber: ERASED, confirmedHours: 3 })
  })

  it('reads a backup taken before the erasure with the person erased, and no key in it', async () => {
    const path = (t.store as SqliteEventStore).path
    const restored = createSqliteEventStore({
      path: backup,
      personalData: { policy: wenmingPersonalData, keysPath: `${path}.keys` },
    })
    const text = JSON.stringify(await collect(restored.readAll()))
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).toContain(ERASED)
    await restored.close()
    const file = (await readFile(backup)).toString('utf8')
    expect(file).not.toContain('data_keys')
    for (const secret of secrets) expect(file).not.toContain(secret)
  })
})
