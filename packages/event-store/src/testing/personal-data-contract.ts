import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { EventData, LeanEvent, RecordedEvent } from '../event-data.js'
import type { EventStore } from '../event-store.js'
import type { EventSource } from '../read-side/event-source.js'
import type {
  PersonalDataOptions,
  PersonalDataStore,
} from '../personal-data/personal-data-store.js'
import { ERASED, type PersonalDataPolicy } from '../personal-data/personal-data-policy.js'

/** A store under test, with what it keeps at rest and, where it has them, its other read paths. */
export type PersonalDataSubject = {
  store: EventStore & PersonalDataStore
  /** Everything the store wrote (log and read models, not the keys), as text. */
  atRest: () => Promise<string>
  /** The store's read-side event source, when it has its own. */
  source?: EventSource
  /** The same log opened with an empty key store, as a log restored without its keys. */
  withoutKeys?: () => Promise<EventStore>
}

export type PersonalDataContractOptions = {
  create: (personalData: PersonalDataOptions) => Promise<PersonalDataSubject>
}

type Registered = { personId: string; siteId: string; profile: { name: string; phone: string } }
type Visited = { hostId: string; visitorId: string; hostName: string; visitorName: string | null }

/** The policy the contract appends under: one person per registration, two per visit. */
export const contractPolicy: PersonalDataPolicy = {
  PersonRegistered: [
    { subject: (data: Registered) => data.personId, fields: ['profile.name', 'profile.phone'] },
  ],
  Visited: [
    { subject: (data: Visited) => data.hostId, fields: ['hostName'] },
    { subject: (data: Visited) => data.visitorId, fields: ['visitorName'] },
  ],
}

const collect = async <Event>(events: AsyncIterable<Event>): Promise<Event[]> => {
  const all: Event[] = []
  for await (const event of events) all.push(event)
  return all
}

const registered = (personId: string, name: string, phone: string): EventData => ({
  type: 'PersonRegistered',
  data: { personId, siteId: 'site-1', profile: { name, phone } },
  id: randomUUID(),
})

const visited = (
  hostId: string,
  hostName: string,
  visitorId: string,
  visitorName: string | null,
) => ({
  type: 'Visited',
  data: { hostId, visitorId, hostName, visitorName },
  id: randomUUID(),
})

const dataOf = (events: readonly (RecordedEvent | LeanEvent)[]): unknown[] =>
  events.map((e) => e.data)

/**
 * What every store that seals personal fields must do: read them back as written, keep none in
 * clear at rest, and read an erased person's fields as `[erased]` on every read path.
 *
 * @example
 * personalDataContract('in-memory', { create: async (personalData) => ... })
 */
export const personalDataContract = (name: string, options: PersonalDataContractOptions): void => {
  describe(`${name}: personal data`, () => {
    const open = (cacheSize?: number) =>
      options.create({
        policy: contractPolicy,
        ...(cacheSize === undefined ? {} : { cacheSize }),
      })
    const ids = () => {
      const run = randomUUID().slice(0, 8)
      return { stream: `people-${run}`, li: `li-${run}`, wang: `wang-${run}` }
    }

    it('reads personal fields back as they were appended, on every read path', async () => {
      const { store, source } = await open()
      const { stream, li, wang } = ids()
      const events = [
        registered(li, '李雷', '13800001234'),
        { type: 'Noted', data: { text: 'not personal' }, id: randomUUID() },
        visited(li, '李雷', wang, null),
      ]
      await store.appendToStream(stream, events)
      const expected = events.map((event) => event.data)
      expect(dataOf(await collect(store.readStream(stream)))).toEqual(expected)
      const all = (await collect(store.readAll())).filter((e) => e.streamName === stream)
      expect(dataOf(all)).toEqual(expected)
      if (source !== undefined) {
        const last = all.at(-1)!.position
        const batch = await source.read(0, last, new Set(['PersonRegistered', 'Visited']))
        expect(dataOf(batch.events.filter((e) => e.position >= all[0]!.position))).toEqual([
          expected[0],
          expected[2],
        ])
        const lean = await source.readLean?.(0, last, undefined)
        if (lean !== undefined) {
          const mine = lean.events.filter((e) => e.position >= all[0]!.position)
          expect(dataOf(mine)).toEqual(expected)
        }
      }
      await store.close()
    })

    it('keeps no personal value in clear at rest, and every other value as it was', async () => {
      const subject = await open()
      const { stream, li, wang } = ids()
      await subject.store.appendToStream(stream, [
        registered(li, 'Li Lei', '13800001234'),
        visited(li, 'Li Lei', wang, 'Wang Fang'),
      ])
      const text = await subject.atRest()
      for (const secret of ['Li Lei', '13800001234', 'Wang Fang'])
        expect(text).not.toContain(secret)
      for (const clear of [li, wang, 'site-1']) expect(text).toContain(clear)
      await subject.store.close()
    })

    it("reads an erased person's fields as erased everywhere, and everyone else's as written", async () => {
      const { store, source } = await open()
      const { stream, li, wang } = ids()
      await store.appendToStream(stream, [
        registered(li, '李雷', '13800001234'),
        registered(wang, '王芳', '13900005678'),
        visited(li, '李雷', wang, '王芳'),
      ])
      const epoch = store.personalDataEpoch
      expect(await store.erasePersonalData(li)).toBe(true)
      expect(await store.erasePersonalData(li)).toBe(false)
      // The epoch moves with each erasure: the kernel's state caches start afresh on it.
      expect(store.personalDataEpoch).toBe(epoch + 2)
      const expected = [
        { personId: li, siteId: 'site-1', profile: { name: ERASED, phone: ERASED } },
        { personId: wang, siteId: 'site-1', profile: { name: '王芳', phone: '13900005678' } },
        { hostId: li, visitorId: wang, hostName: ERASED, visitorName: '王芳' },
      ]
      expect(dataOf(await collect(store.readStream(stream)))).toEqual(expected)
      const all = (await collect(store.readAll())).filter((e) => e.streamName === stream)
      expect(dataOf(all)).toEqual(expected)
      if (source !== undefined) {
        const batch = await source.read(all[0]!.position - 1, 3, undefined)
        expect(dataOf(batch.events)).toEqual(expected)
        const lean = await source.readLean?.(all[0]!.position - 1, 3, undefined)
        if (lean !== undefined) expect(dataOf(lean.events)).toEqual(expected)
      }
      await store.close()
    })

    it('seals what is appended about an erased person under a new key', async () => {
      const { store } = await open()
      const { stream, li } = ids()
      await store.appendToStream(stream, [registered(li, '李雷', '13800001234')])
      await store.erasePersonalData(li)
      await store.appendToStream(stream, [registered(li, '李磊', '13800009999')])
      const names = (await collect(store.readStream(stream))).map(
        (e) => (e.data as Registered).profile.name,
      )
      expect(names).toEqual([ERASED, '李磊'])
      await store.close()
    })

    it('reads many persons right through a key cache smaller than their number', async () => {
      const { store } = await open(2)
      const { stream } = ids()
      const people = Array.from({ length: 7 }, (_, i) =>
        registered(`p${i}-${stream}`, `名${i}`, `1380000${i}`),
      )
      await store.appendToStream(stream, people)
      await store.erasePersonalData(`p3-${stream}`)
      const names = (await collect(store.readStream(stream))).map(
        (e) => (e.data as Registered).profile.name,
      )
      expect(names).toEqual(['名0', '名1', '名2', ERASED, '名4', '名5', '名6'])
      await store.close()
    })

    it('reads a log opened without its key store with every personal field erased', async (context) => {
      const subject = await open()
      if (subject.withoutKeys === undefined) {
        await subject.store.close()
        context.skip()
        return
      }
      const { stream, li, wang } = ids()
      await subject.store.appendToStream(stream, [visited(li, '李雷', wang, '王芳')])
      await subject.store.close()
      const restored = await subject.withoutKeys()
      expect(dataOf(await collect(restored.readStream(stream)))).toEqual([
        { hostId: li, visitorId: wang, hostName: ERASED, visitorName: ERASED },
      ])
      await restored.close()
    })
  })
}
