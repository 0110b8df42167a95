import { wenmingPersonalData, type WenmingEvent } from '@wenming/domain'
import {
  canErasePersonalData,
  createInMemoryEventStore,
  createInMemoryReadModelStorage,
  ERASED,
  openProjectionRunner,
  rowSlot,
  type EventStore,
  type RowProjection,
  type TableRows,
} from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { at } from './domain-events.fixture.js'
import { networkDirectory } from './network/network-projection.js'
import { orderDirectory } from './order-directory/order-directory-projection.js'
import { volunteerRecords } from './volunteer-records/volunteer-records-projection.js'

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

const history: [string, WenmingEvent][] = [
  [
    'team-t1',
    {
      type: 'TeamRegistered',
      data: {
        teamId: 't1',
        name: 'team t1',
        homeSiteId: 's1',
        organizationId: 'org-1',
        platform: 'health',
        categories: ['health'],
        capacity: 3,
        leader: { volunteerId: 'vol-1', displayName: '李雷' },
        at: at(0),
      },
    },
  ],
  [
    'volunteer-vol-1',
    {
      type: 'VolunteerRegistered',
      data: {
        volunteerId: 'vol-1',
        siteId: 's1',
        profile,
        consent: { given: true, textVersion: 'v1', at: at(0) },
        by: 'u-admin',
        at: at(0),
      },
    } as WenmingEvent,
  ],
  [
    'volunteer-vol-2',
    {
      type: 'VolunteerRegistered',
      data: {
        volunteerId: 'vol-2',
        siteId: 's1',
        profile: { ...profile, name: '王芳', idNumber: '350102199001011234' },
        consent: { given: true, textVersion: 'v1', at: at(0) },
        by: 'u-admin',
        at: at(0),
      },
    } as WenmingEvent,
  ],
  [
    'team-t1',
    {
      type: 'TeamMemberJoined',
      data: { teamId: 't1', volunteerId: 'vol-2', displayName: '王芳', at: at(1) },
    },
  ],
  [
    'order-o1',
    {
      type: 'RequestOrderPlaced',
      data: {
        orderId: 'o1',
        siteId: 's1',
        requesterId: 'r-1',
        onBehalfOf: '张奶奶',
        category: 'health',
        need: '',
        wantedAt: at(30),
        at: at(2),
      },
    },
  ],
]

const erased = (subjectId: string, subjectKind: 'volunteer' | 'resident'): WenmingEvent => ({
  type: 'PersonalDataErased',
  data: { subjectId, subjectKind, erased: [], kept: [], by: 'u-centre', at: at(5) },
})

const projections = [
  volunteerRecords,
  networkDirectory,
  orderDirectory,
] as RowProjection<TableRows>[]

const modelsOf = async (store: EventStore, runner?: Awaited<ReturnType<typeof open>>) => {
  const opened = runner ?? (await open(store))
  await opened.catchUp()
  return projections.map((projection) =>
    Object.fromEntries(
      Object.entries(opened.readModel(projection)).map(([table, rows]) => [
        table,
        Object.fromEntries(rows),
      ]),
    ),
  )
}

const open = (store: EventStore) =>
  openProjectionRunner({
    store,
    slots: projections.map((projection) =>
      rowSlot(projection, createInMemoryReadModelStorage(projection)),
    ),
    batchSize: 2,
  })

describe('erasing a person in the read models', () => {
  it('drops their personal fields from live read models at once, as a rebuild shows them', async () => {
    const store = createInMemoryEventStore({ personalData: { policy: wenmingPersonalData } })
    for (const [stream, event] of history) await store.appendToStream(stream, [event])
    const live = await open(store)
    const before = await modelsOf(store, live)
    expect(JSON.stringify(before)).toContain('张奶奶')
    expect(JSON.stringify(before)).toContain('李*')

    if (!canErasePersonalData(store)) throw new Error('the store must erase')
    for (const [subject, kind] of [
      ['vol-1', 'volunteer'],
      ['r-1', 'resident'],
    ] as const) {
      await store.erasePersonalData(subject)
      await store.appendToStream(`personal_data-${subject}`, [erased(subject, kind)])
    }
    const after = await modelsOf(store, live)
    const text = JSON.stringify(after)
    for (const gone of ['张奶奶', '李雷', '李*', '3501**********123X'])
      expect(text).not.toContain(gone)
    expect(text).toContain('王*')
    expect(text).toContain(ERASED)
    expect(after).toEqual(await modelsOf(store))
  })
})
