import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi, type TestPrincipal } from './testing/test-api.js'

type Problem = {
  status: number
  detail: string
  refusal?: { type: string; field: string; reason: { zh: string; en: string } }
}
type Outcome = { events: { type: string; data: Record<string, unknown> }[] }
type Records = {
  volunteer: { confirmedHours: number; starLevel: number; maskedIdNumber: string }
  records: { recordId: string; hours: number; version: number; source: string; late: boolean }[]
  hoursByMonth: { period: string; hours: number }[]
  corrections: { status: string }[]
}

const idNumber = (n: number) => `35010219800101${String(n).padStart(4, '0')}`

const profile = (n: number, name: string) => ({
  name,
  gender: 'female',
  birthDate: '1980-01-01',
  idType: 'resident-id',
  idNumber: idNumber(n),
  residenceArea: '鼓楼区东街街道',
  phone: `1390000${String(n).padStart(4, '0')}`,
  skills: ['陪伴'],
  serviceCategories: ['health'],
})

const must = async (t: TestApi, as: TestPrincipal, path: string, body: unknown, status = 0) => {
  const response = await t.request(as, 'POST', path, body)
  if (status === 0 ? response.status >= 300 : response.status !== status) {
    throw new Error(`${path}: ${response.status} ${response.text}`)
  }
  return response
}

/** Registers a volunteer at st-1 and lets them join `teams`. */
const volunteer = async (
  t: TestApi,
  volunteerId: string,
  n: number,
  name: string,
  teams: [TestPrincipal, string][],
) => {
  await must(t, 'station', '/volunteers', {
    volunteerId,
    siteId: 'st-1',
    profile: profile(n, name),
    consent: { given: true, textVersion: '2022-01' },
  })
  for (const [leader, teamId] of teams) {
    await must(t, leader, `/teams/${teamId}/members`, { volunteerId, displayName: name })
  }
}

const activity = async (
  t: TestApi,
  activityId: string,
  teamIds: string[],
  extra: Record<string, unknown>,
) => {
  await must(t, 'station', '/activities', {
    activityId,
    title: extra['title'] ?? activityId,
    organizerSiteId: 'st-1',
    teamIds,
    plannedDate: t.now().toISOString().slice(0, 10),
    ...extra,
  })
}

const hold = (t: TestApi, activityId: string, teamIds: string[]) =>
  must(t, 'station', `/activities/${activityId}/hold`, {
    date: t.now().toISOString().slice(0, 10),
    teamIds,
    volunteers: 2,
    hours: 10,
    audience: 40,
    notes: '',
  })

const service = (from: string, hours: number, span = hours) => ({
  startsAt: from,
  endsAt: new Date(Date.parse(from) + span * 3_600_000).toISOString(),
  hours,
  place: '东街社区',
  content: '重阳节探访独居老人',
})

describe('volunteer service over HTTP against SQLite', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi({ starPolicy: { thresholds: [4, 8] } })
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('credits a 重阳 visit to each volunteer with their own hours', async () => {
    await volunteer(t, 'vol-1', 1, '李梅', [['leader', 'team-local']])
    await volunteer(t, 'vol-2', 2, '王芳', [['leader', 'team-local']])
    const before = await t.eventCount()
    const unregistered = await t.request('leader', 'POST', '/teams/team-local/members', {
      volunteerId: 'nobody',
      displayName: '无名',
    })
    expect(unregistered.status).toBe(409)
    expect((unregistered.body as Problem).refusal?.type).toBe('TeamMemberNotRegistered')
    const twice = await t.request('station', 'POST', '/volunteers', {
      volunteerId: 'vol-x',
      siteId: 'st-1',
      profile: profile(1, '李梅'),
      consent: { given: true, textVersion: '2022-01' },
    })
    expect(twice.status).toBe(409)
    expect((twice.body as Problem).refusal).toMatchObject({
      type: 'IdNumberAlreadyRegistered',
      field: 'profile.idNumber',
    })
    expect((twice.body as Problem).detail).toContain('该证件号码已注册')
    const malformed = await t.request('station', 'POST', '/volunteers', {
      siteId: 'st-1',
      profile: { ...profile(9, '赵'), idNumber: '1234567' },
      consent: { given: true, textVersion: '2022-01' },
    })
    expect(malformed.status).toBe(400)
    expect(malformed.text).toContain('profile.idNumber')
    expect(await t.eventCount()).toBe(before)

    await activity(t, 'chongyang', ['team-local'], {
      title: '重阳敬老探访',
      kind: 'festival',
      festival: '重阳',
    })
    await hold(t, 'chongyang', ['team-local'])
    const occasion = { kind: 'activity', activityId: 'chongyang' }
    const organiser = { kind: 'team', teamId: 'team-local' }
    const from = '2022-03-01T01:00:00.000Z'
    const recorded = await must(
      t,
      'leader',
      '/volunteers/vol-1/records',
      {
        recordId: 'cy-1',
        occasion,
        organiser,
        personInCharge: '张队长',
        ...service(from, 3),
      },
      201,
    )
    expect((recorded.body as Outcome).events.map((e) => e.type)).toEqual(['ServiceRecorded'])
    await must(
      t,
      'leader',
      '/volunteers/vol-2/records',
      { recordId: 'cy-2', occasion, organiser, personInCharge: '张队长', ...service(from, 2) },
      201,
    )
    const stranger = await t.request('otherLeader', 'POST', '/volunteers/vol-2/records', {
      occasion,
      organiser: { kind: 'team', teamId: 'team-pool' },
      personInCharge: '刘队长',
      ...service('2022-03-01T06:00:00.000Z', 1),
    })
    expect(stranger.status).toBe(409)
    expect((stranger.body as Problem).refusal).toMatchObject({
      type: 'NotOccasionOrganiser',
      field: 'organiser',
    })
    const outOfScope = await t.request('otherLeader', 'POST', '/volunteers/vol-2/records', {
      occasion,
      organiser,
      personInCharge: '刘队长',
      ...service(from, 1),
    })
    expect(outOfScope.status).toBe(403)

    await t.settle()
    const own = await t.request('volunteer', 'GET', '/volunteers/vol-1/records')
    expect(own.status).toBe(200)
    expect((own.body as Records).volunteer).toMatchObject({
      confirmedHours: 3,
      maskedIdNumber: '3501**********0001',
    })
    expect((own.body as Records).hoursByMonth).toEqual([
      { period: '2022-03', hours: 3, records: 1 },
    ])
    expect((await t.request('volunteer', 'GET', '/volunteers/vol-2/records')).status).toBe(403)
    const team = await t.request('leader', 'GET', '/teams/team-local/volunteers')
    expect(team.body).toMatchObject({ totalHours: 5 })
    const masked = await t.request('leader', 'GET', '/volunteers/vol-1/profile')
    expect(masked.body).toMatchObject({
      masked: true,
      profile: { idNumber: '3501**********0001', phone: '139****0001', birthDate: '1980-**-**' },
    })
    expect(masked.text).not.toContain(idNumber(1))
    const full = await t.request('station', 'GET', '/volunteers/vol-1/profile')
    expect(full.body).toMatchObject({ masked: false, profile: { idNumber: idNumber(1) } })
  })

  it('runs a traffic rota: hours per intersection per month from check-in and check-out', async () => {
    await activity(t, 'rota-03', [], {
      title: '文明交通劝导',
      kind: 'traffic_persuasion',
      intersection: '五一路口',
    })
    const organiser = { kind: 'site', siteId: 'st-1' }
    const posts = {
      a: { postId: 'x-wuyi', name: '五一路口', location: { latitude: 26.08, longitude: 119.3 } },
      b: { postId: 'x-dongjie', name: '东街口', location: { latitude: 26.09, longitude: 119.29 } },
    }
    const startsAt = t.now().toISOString()
    const endsAt = new Date(t.now().getTime() + 3 * 3_600_000).toISOString()
    for (const [shiftId, post] of [
      ['sh-a', posts.a],
      ['sh-b', posts.b],
    ] as const) {
      await must(
        t,
        'station',
        '/shifts',
        {
          shiftId,
          activityId: 'rota-03',
          post,
          startsAt,
          endsAt,
          maxHours: 3,
          checkInCode: '2468',
          organiser,
        },
        201,
      )
    }
    const checkIn = (
      as: TestPrincipal,
      volunteerId: string,
      shiftId: string,
      code: string,
      latitude: number,
      longitude: number,
    ) =>
      t.request(as, 'POST', `/shifts/${shiftId}/check-in`, {
        volunteerId,
        code,
        position: { latitude, longitude },
      })
    const before = await t.eventCount()
    const wrongCode = await checkIn('otherVolunteer', 'vol-2', 'sh-a', '1357', 26.08, 119.3)
    expect(wrongCode.status).toBe(409)
    expect((wrongCode.body as Problem).refusal).toMatchObject({
      type: 'WrongCheckInCode',
      field: 'code',
    })
    const outside = await checkIn('otherVolunteer', 'vol-2', 'sh-a', '2468', 26.085, 119.3)
    expect((outside.body as Problem).refusal).toMatchObject({
      type: 'OutsideGeofence',
      field: 'position',
    })
    expect((await checkIn('volunteer', 'vol-2', 'sh-a', '2468', 26.08, 119.3)).status).toBe(403)
    expect(await t.eventCount()).toBe(before)

    expect((await checkIn('volunteer', 'vol-1', 'sh-a', '2468', 26.0801, 119.3)).status).toBe(200)
    expect((await checkIn('otherVolunteer', 'vol-2', 'sh-b', '2468', 26.09, 119.29)).status).toBe(
      200,
    )
    t.advance(2 + 10 / 60)
    const out = await t.request('volunteer', 'POST', '/shifts/sh-a/check-out', {
      volunteerId: 'vol-1',
      code: '2468',
      position: posts.a.location,
    })
    expect(out.status).toBe(200)
    const closedAt = new Date(Date.parse(startsAt) + 100 * 60_000).toISOString()
    await must(t, 'station', '/shifts/sh-b/attendance/vol-2/close', {
      organiser,
      checkedOutAt: closedAt,
      reason: '忘记签退',
    })
    // The rota's shifts are listed with their counts; the code only for those who run them.
    await t.settle()
    type Shifts = { shifts: { shiftId: string; attended: number; checkInCode?: string }[] }
    const listed = await t.request('station', 'GET', '/activities/rota-03/shifts')
    expect(listed.status).toBe(200)
    expect((listed.body as Shifts).shifts).toMatchObject([
      { shiftId: 'sh-a', attended: 1, checkInCode: '2468' },
      { shiftId: 'sh-b', attended: 1, checkInCode: '2468' },
    ])
    const seenByVolunteer = await t.request('volunteer', 'GET', '/activities/rota-03/shifts')
    expect((seenByVolunteer.body as Shifts).shifts).toHaveLength(2)
    expect(seenByVolunteer.text).not.toContain('2468')
    expect((await t.request('station', 'GET', '/activities/nothing/shifts')).status).toBe(404)
    const confirm = (volunteerId: string, shiftId: string) =>
      must(
        t,
        'station',
        `/volunteers/${volunteerId}/shift-hours`,
        { shiftId, organiser, personInCharge: '站长', content: '文明交通劝导' },
        201,
      )
    await confirm('vol-1', 'sh-a')
    await confirm('vol-2', 'sh-b')
    await t.settle()
    const hours = await t.request(
      'dispatcher',
      'GET',
      '/volunteer-service/post-hours?month=2022-03',
    )
    expect((hours.body as { posts: unknown[] }).posts).toEqual([
      {
        postId: 'x-dongjie',
        postName: '东街口',
        month: '2022-03',
        hours: 1.5,
        records: 1,
        volunteers: 1,
      },
      {
        postId: 'x-wuyi',
        postName: '五一路口',
        month: '2022-03',
        hours: 2,
        records: 1,
        volunteers: 1,
      },
    ])
    const records = (await t.request('otherVolunteer', 'GET', '/volunteers/vol-2/records'))
      .body as Records
    expect(
      records.records.find((r) => r.recordId.length > 0 && r.source === 'make-up'),
    ).toBeDefined()
  })

  it('awards a star on crossing, lowers it on an organiser’s correction, and never counts one occasion twice across teams', async () => {
    await volunteer(t, 'vol-5', 5, '林华', [
      ['leader', 'team-local'],
      ['otherLeader', 'team-pool'],
    ])
    await activity(t, 'joint', ['team-local', 'team-pool'], { title: '联合义诊', kind: 'regular' })
    await hold(t, 'joint', ['team-local', 'team-pool'])
    const occasion = { kind: 'activity', activityId: 'joint' }
    const from = '2022-03-01T13:00:00.000Z'
    const first = await must(
      t,
      'leader',
      '/volunteers/vol-5/records',
      {
        recordId: 'j-1',
        occasion,
        organiser: { kind: 'team', teamId: 'team-local' },
        personInCharge: '张队长',
        ...service(from, 5, 6),
      },
      201,
    )
    expect((first.body as Outcome).events.map((e) => e.type)).toEqual([
      'ServiceRecorded',
      'VolunteerStarAwarded',
    ])
    const again = await t.request('otherLeader', 'POST', '/volunteers/vol-5/records', {
      occasion,
      organiser: { kind: 'team', teamId: 'team-pool' },
      personInCharge: '刘队长',
      ...service('2022-03-01T20:00:00.000Z', 2),
    })
    expect(again.status).toBe(409)
    expect((again.body as Problem).refusal?.type).toBe('OccasionAlreadyRecorded')

    const foreign = await t.request('volunteer', 'POST', '/volunteers/vol-5/corrections', {
      recordId: 'j-1',
      description: '多记了两小时',
    })
    expect(foreign.status).toBe(403)
    const asked = await must(
      t,
      'starVolunteer',
      '/volunteers/vol-5/corrections',
      {
        correctionId: 'fix-1',
        recordId: 'j-1',
        description: '多记了两小时',
      },
      201,
    )
    expect((asked.body as Outcome).events.map((e) => e.type)).toEqual(['CorrectionRequested'])
    await t.settle()
    const pending = await t.request('leader', 'GET', '/volunteer-service/pending-corrections')
    expect((pending.body as { corrections: unknown[] }).corrections).toHaveLength(1)
    expect(
      (
        (await t.request('otherLeader', 'GET', '/volunteer-service/pending-corrections')).body as {
          corrections: unknown[]
        }
      ).corrections,
    ).toHaveLength(0)
    const corrected = await must(t, 'leader', '/volunteers/vol-5/corrections/fix-1/correct', {
      organiser: { kind: 'team', teamId: 'team-local' },
      personInCharge: '张队长',
      ...service(from, 3, 6),
    })
    expect((corrected.body as Outcome).events.map((e) => e.type)).toEqual([
      'ServiceRecordCorrected',
      'VolunteerStarLevelChanged',
    ])
    await t.settle()
    const view = (await t.request('starVolunteer', 'GET', '/volunteers/vol-5/records'))
      .body as Records
    expect(view.volunteer).toMatchObject({ confirmedHours: 3, starLevel: 0 })
    expect(view.records).toEqual([
      expect.objectContaining({ recordId: 'j-1', hours: 3, version: 2 }),
    ])
    expect(view.corrections).toEqual([expect.objectContaining({ status: 'corrected' })])
    // One occasion, two teams: the hours count once, for the team that recorded them.
    expect(
      (await t.request('otherLeader', 'GET', '/teams/team-pool/volunteers')).body,
    ).toMatchObject({ totalHours: 0 })
    expect((await t.request('leader', 'GET', '/teams/team-local/volunteers')).body).toMatchObject({
      totalHours: 8,
    })
  })

  it('issues a certificate that anyone holding its number can verify, with masked fields only', async () => {
    const issued = await must(
      t,
      'volunteer',
      '/volunteers/vol-1/certificates',
      {
        certificateNumber: 'ZM-2022-0001',
        from: '2022-01-01',
        to: '2022-12-31',
        issuer: {
          organisation: '区新时代文明实践中心',
          personInCharge: '张主任',
          contact: '0591-87000000',
        },
      },
      201,
    )
    expect(issued.headers.get('location')).toBe('/certificates/ZM-2022-0001/verify')
    expect(
      (
        await t.request('otherVolunteer', 'POST', '/volunteers/vol-1/certificates', {
          from: '2022-01-01',
          to: '2022-12-31',
          issuer: { organisation: 'x', personInCharge: 'y', contact: 'z' },
        })
      ).status,
    ).toBe(403)
    await t.settle()
    const check = await t.request(null, 'GET', '/certificates/ZM-2022-0001/verify')
    expect(check.status).toBe(200)
    expect(check.body).toMatchObject({
      genuine: true,
      maskedName: '李*',
      maskedIdNumber: '3501**********0001',
      hours: 5,
      records: 2,
    })
    expect(check.text).not.toContain(idNumber(1))
    expect(check.text).not.toContain('李梅')
    expect((await t.request(null, 'GET', '/certificates/ZM-0000/verify')).body).toEqual({
      genuine: false,
      certificateNumber: 'ZM-0000',
    })
    expect((await t.request(null, 'GET', '/volunteers/vol-1/records')).status).toBe(401)
  })
})
