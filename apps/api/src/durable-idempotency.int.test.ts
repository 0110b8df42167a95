import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createSqliteEventStore,
  createSqliteIdempotencyStore,
  sqliteReadSide,
  type SqliteEventStore,
} from '@wenming/event-store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWenmingApi, type WenmingApi } from './create-wenming-api.js'

const TOKEN = 'durable-keys-token-0123456789'
const auth = {
  tokens: [
    {
      token: TOKEN,
      principal: { id: 'd', role: 'centre-dispatcher' as const, sites: [], teams: [] },
    },
  ],
}
const centre = {
  parentId: null,
  level: 'center',
  name: 'centre',
  kind: 'center',
  coordinates: { latitude: 30, longitude: 120 },
}

type Server = { store: SqliteEventStore; api: WenmingApi; url: string; close(): Promise<void> }

describe('idempotency keys kept with the store', () => {
  let dir: string
  let clock = Date.parse('2022-03-01T08:00:00.000Z')
  const start = async (idempotencyCapacity?: number): Promise<Server> => {
    const store = createSqliteEventStore({ path: join(dir, 'events.db'), durability: 'normal' })
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({
      store,
      readSide,
      auth,
      clock: () => new Date(clock),
      idempotencyKeys: createSqliteIdempotencyStore(store),
      ...(idempotencyCapacity === undefined ? {} : { idempotencyCapacity }),
    })
    const url = await api.app.listen({ host: '127.0.0.1', port: 0 })
    return {
      store,
      api,
      url,
      close: async () => {
        await api.close()
        await readSide.close()
        await store.close()
      },
    }
  }
  const post = (server: Server, path: string, body: unknown, key: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
    })
  const count = async (store: SqliteEventStore) => {
    let n = 0
    for await (const _event of store.readAll()) n++
    return n
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-durable-keys-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('replays a key after a restart, and refuses it with 422 for another body or route', async () => {
    const first = await start()
    const created = await post(first, '/sites', { ...centre, siteId: 'c-1' }, 'k-1')
    expect(created.status).toBe(201)
    const text = await created.text()
    await first.close()

    const second = await start()
    const events = await count(second.store)
    const other = await post(second, '/sites', { ...centre, siteId: 'c-2' }, 'k-1')
    expect(other.status).toBe(422)
    const otherRoute = await post(second, '/sites/c-1/rename', { name: 'x' }, 'k-1')
    expect(otherRoute.status).toBe(422)
    const retry = await post(second, '/sites', { ...centre, siteId: 'c-1' }, 'k-1')
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(await retry.text()).toBe(text)
    expect(await count(second.store)).toBe(events)
    await second.close()
  })

  it('still knows a key after the in-memory cache evicted it, within 24 hours', async () => {
    const server = await start(1)
    expect((await post(server, '/sites', { ...centre, siteId: 'e-1' }, 'e-1')).status).toBe(201)
    expect((await post(server, '/sites', { ...centre, siteId: 'e-2' }, 'e-2')).status).toBe(201)
    clock += 23 * 3_600_000
    expect((await post(server, '/sites', { ...centre, siteId: 'e-3' }, 'e-1')).status).toBe(422)
    await server.close()
  })
})
