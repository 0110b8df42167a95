import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from './create-logger.js'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

const idNumber = '350102197707070017'
const phone = '13712345678'
const birthDate = '1977-07-07'
const profile = {
  name: '陈静',
  gender: 'female',
  birthDate,
  idType: 'resident-id',
  idNumber,
  residenceArea: '鼓楼区',
  phone,
  skills: [],
  serviceCategories: ['health'],
}

describe('the logs of an API run', () => {
  const lines: string[] = []
  let t: TestApi
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean))
        done()
      },
    })
    t = await startTestApi({ logger: createLogger('debug', sink) })
    await seedDistrict(t)
    const registration = {
      volunteerId: 'vol-log',
      siteId: 'st-1',
      profile,
      consent: { given: true, textVersion: '2022-01' },
    }
    expect((await t.request('station', 'POST', '/volunteers', registration)).status).toBe(201)
    // Refused and malformed requests carrying the same fields, which error lines may echo.
    await t.request('station', 'POST', '/volunteers', { ...registration, volunteerId: 'vol-log-2' })
    await t.request('station', 'POST', '/volunteers', {
      ...registration,
      profile: { ...profile, gender: 'unknown' },
    })
    await t.request('station', 'POST', '/volunteers', `{"profile":{"idNumber":"${idNumber}"`)
    await t.request('leader', 'GET', '/volunteers/vol-log/profile')
    await t.request('station', 'GET', '/volunteers/vol-log/profile')
    await t.request('dispatcher', 'GET', `/volunteers/vol-log/profile?phone=${phone}`)
    await t.request('volunteer', 'POST', '/erasures', {
      subjectId: 'vol-log',
      subjectKind: 'volunteer',
      reason: 'consent-withdrawn',
    })
    await t.request('dispatcher', 'POST', '/erasures', {
      subjectId: 'vol-log',
      subjectKind: 'volunteer',
      reason: 'consent-withdrawn',
    })
    await t.request(null, 'GET', '/volunteers/vol-log/profile', undefined, {
      authorization: 'Bearer test-token-wrong-0123456789',
    })
  }, 60_000)
  afterAll(async () => {
    await t.close()
  })

  it('hold lines about the requests', () => {
    expect(lines.length).toBeGreaterThan(20)
    expect(lines.some((line) => line.includes('/erasures'))).toBe(true)
  })

  it('never hold a token, nor an unmasked ID number, phone or birth date', () => {
    const all = lines.join('\n')
    expect(all).not.toMatch(/test-token-/)
    expect(all).not.toMatch(/Bearer /i)
    for (const secret of [idNumber, phone, birthDate]) expect(all).not.toContain(secret)
  })
})
