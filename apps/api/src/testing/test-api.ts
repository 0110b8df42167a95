import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wenmingPersonalData, type StarPolicy } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'
import {
  createSqliteEventStore,
  createSqliteIdempotencyStore,
  sqliteReadSide,
} from '@wenming/event-store-sqlite'
import { scanLastPosition } from '@wenming/event-store'
import type { Logger } from 'pino'
import type { AuthConfig } from '../auth-config.js'
import { createWenmingApi, type WenmingApi } from '../create-wenming-api.js'
import type { Principal } from '../principal.js'

/** The principals of the end-to-end tests, by a short name; scopes match {@link seedDistrict}. */
export const testPrincipals = {
  dispatcher: { id: 'u-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
  institute: { id: 'u-institute', role: 'institute-admin', sites: ['inst-1'], teams: [] },
  station: { id: 'u-station', role: 'station-admin', sites: ['st-1'], teams: [] },
  otherStation: { id: 'u-station-2', role: 'station-admin', sites: ['st-2'], teams: [] },
  /** The admin of st-3, a member of cluster cl-1 with no team of its own (O8's escalations). */
  clusterStation: { id: 'u-station-3', role: 'station-admin', sites: ['st-3'], teams: [] },
  leader: { id: 'u-leader', role: 'team-leader', sites: [], teams: ['team-local'] },
  otherLeader: { id: 'u-leader-2', role: 'team-leader', sites: [], teams: ['team-pool'] },
  districtLeader: { id: 'u-leader-3', role: 'team-leader', sites: [], teams: ['team-district'] },
  resident: { id: 'u-resident', role: 'resident', sites: [], teams: [] },
  otherResident: { id: 'u-resident-2', role: 'resident', sites: [], teams: [] },
  auditor: { id: 'u-auditor', role: 'auditor', sites: [], teams: [] },
  judge: { id: 'u-judge', role: 'judge', sites: [], teams: [] },
  otherJudge: { id: 'u-judge-2', role: 'judge', sites: [], teams: [] },
  volunteer: { id: 'vol-1', role: 'volunteer', sites: [], teams: [] },
  otherVolunteer: { id: 'vol-2', role: 'volunteer', sites: [], teams: [] },
  starVolunteer: { id: 'vol-5', role: 'volunteer', sites: [], teams: [] },
} as const satisfies Record<string, Principal>

export type TestPrincipal = keyof typeof testPrincipals

const tokenOf = (name: string): string => `test-token-${name}-0123456789`

const auth: AuthConfig = {
  tokens: Object.entries(testPrincipals).map(([name, principal]) => ({
    token: tokenOf(name),
    principal: { ...principal, sites: [...principal.sites], teams: [...principal.teams] },
  })),
}

export type TestResponse = { status: number; headers: Headers; body: unknown; text: string }

export type TestApi = {
  url: string
  store: EventStore
  api: WenmingApi
  /** Moves the API's clock forward. */
  advance(hours: number): void
  now(): Date
  request(
    as: TestPrincipal | null,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>
  /** Every event in the log (for "nothing appended" checks). */
  eventCount(): Promise<number>
  /** Waits until every read model has applied every event. */
  settle(): Promise<void>
  close(): Promise<void>
}

/** Starts the API over a fresh SQLite file on 127.0.0.1, a free port, with a settable clock. */
export const startTestApi = async (
  options: { starPolicy?: StarPolicy; logger?: Logger } = {},
): Promise<TestApi> => {
  const dir = await mkdtemp(join(tmpdir(), 'wenming-api-'))
  const store = createSqliteEventStore({
    path: join(dir, 'events.db'),
    durability: 'normal',
    personalData: { policy: wenmingPersonalData },
  })
  let clock = Date.parse('2022-03-01T08:00:00.000Z')
  const readSide = sqliteReadSide(store)
  const api = await createWenmingApi({
    store,
    readSide,
    auth,
    clock: () => new Date(clock),
    projectionIntervalMs: 5,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    idempotencyKeys: createSqliteIdempotencyStore(store),
    volunteers: {
      idKey: 'test-volunteer-id-key',
      ...(options.starPolicy === undefined ? {} : { starPolicy: options.starPolicy }),
    },
  })
  const url = await api.app.listen({ host: '127.0.0.1', port: 0 })
  const eventCount = async (): Promise<number> => {
    let count = 0
    for await (const _event of store.readAll()) count++
    return count
  }
  return {
    url,
    store,
    api,
    advance: (hours) => {
      clock += hours * 3_600_000
    },
    now: () => new Date(clock),
    request: async (as, method, path, body, headers = {}) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(as === null ? {} : { authorization: `Bearer ${tokenOf(as)}` }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {
        // Markdown and plain-text reports stay text.
      }
      return { status: response.status, headers: response.headers, body: parsed, text }
    },
    eventCount,
    settle: async () => {
      const last = await scanLastPosition(store)
      for (let i = 0; i < 3000; i++) {
        const statuses = await api.projections.runner.status()
        if (statuses.every((s) => s.checkpoint >= last)) return
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      throw new Error('projections did not catch up')
    },
    close: async () => {
      await api.close()
      await readSide.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
