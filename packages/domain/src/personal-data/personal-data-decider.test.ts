import { canErasePersonalData, createInMemoryEventStore, ERASED } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { erasePersonalData } from './erase-personal-data.js'
import { personalDataStream } from './personal-data-stream.js'
import { wenmingPersonalData } from './wenming-personal-data.js'

const metadata = { now: '2026-03-01T08:00:00.000Z', actor: { id: 'u-centre' } }
const request = (subjectKind: 'volunteer' | 'resident' = 'volunteer') =>
  ({
    type: 'RequestPersonalDataErasure',
    data: { subjectId: 'vol-1', subjectKind, reason: 'consent-withdrawn' },
    metadata,
  }) as const

const typesIn = async (store: ReturnType<typeof createInMemoryEventStore>, stream: string) => {
  const types: string[] = []
  for await (const event of store.readStream(stream)) types.push(event.type)
  return types
}

describe('erasing a person', () => {
  it('records the request, deletes the key, then records the erasure with what is kept', async () => {
    const store = createInMemoryEventStore()
    const deleted: string[] = []
    const outcome = await erasePersonalData(
      store,
      (id) => (deleted.push(id), Promise.resolve(true)),
      request(),
      { commandId: 'c-1' },
    )
    expect(outcome).toMatchObject({ ok: true, subjectKind: 'volunteer', keyDeleted: true })
    expect(outcome.ok && outcome.erased).toContain('idNumber')
    expect(outcome.ok && outcome.kept.join(' ')).toContain('hours')
    expect(deleted).toEqual(['vol-1'])
    expect(await typesIn(store, personalDataStream('vol-1'))).toEqual([
      'PersonalDataErasureRequested',
      'PersonalDataErased',
    ])
  })

  it('appends nothing new when the same person is erased again', async () => {
    const store = createInMemoryEventStore()
    const noKey = () => Promise.resolve(false)
    await erasePersonalData(store, noKey, request(), { commandId: 'c-1' })
    const again = await erasePersonalData(store, noKey, request(), { commandId: 'c-2' })
    expect(again.ok).toBe(true)
    expect(await typesIn(store, personalDataStream('vol-1'))).toHaveLength(2)
  })

  it('refuses to erase the same id as another kind of person', async () => {
    const store = createInMemoryEventStore()
    const noKey = () => Promise.resolve(false)
    await erasePersonalData(store, noKey, request('volunteer'), { commandId: 'c-1' })
    const other = await erasePersonalData(store, noKey, request('resident'), { commandId: 'c-2' })
    expect(other).toMatchObject({ ok: false, error: { type: 'ErasureKindMismatch' } })
  })

  it("leaves a volunteer's hours readable and their real-name fields erased", async () => {
    const store = createInMemoryEventStore({ personalData: { policy: wenmingPersonalData } })
    const profile = {
      name: '李雷',
      gender: 'male',
      birthDate: '1990-05-01',
      idType: 'resident-id',
      idNumber: '35010219900501123X',
      residenceArea: '鼓楼区',
      phone: '13800001234',
      skills: [],
      serviceCategories: [],
    }
    await store.appendToStream('volunteer-vol-1', [
      {
        type: 'VolunteerRegistered',
        data: {
          volunteerId: 'vol-1',
          siteId: 's',
          profile,
          consent: {},
          by: 'u',
          at: metadata.now,
        },
      },
      { type: 'ServiceRecorded', data: { volunteerId: 'vol-1', hours: 3 } },
    ])
    const erase = (id: string) =>
      canErasePersonalData(store) ? store.erasePersonalData(id) : Promise.resolve(false)
    const outcome = await erasePersonalData(store, erase, request(), { commandId: 'c-1' })
    expect(outcome).toMatchObject({ ok: true, keyDeleted: true })
    const data: unknown[] = []
    for await (const event of store.readStream('volunteer-vol-1')) data.push(event.data)
    expect(data).toEqual([
      {
        volunteerId: 'vol-1',
        siteId: 's',
        profile: {
          ...profile,
          name: ERASED,
          birthDate: ERASED,
          idNumber: ERASED,
          residenceArea: ERASED,
          phone: ERASED,
        },
        consent: {},
        by: 'u',
        at: metadata.now,
      },
      { volunteerId: 'vol-1', hours: 3 },
    ])
  })
})
