import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createWenmingApi, type AuthConfig } from '@wenming/api'
import { wenmingPersonalData } from '@wenming/domain'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { demoVolunteerIdKey, simulateDistrictYear } from '@wenming/simulator'
import { SMALL_DISTRICT } from './small-district'

/** The roles the browser test signs in as, each with its own dev-style token. */
export type TestRole = 'resident' | 'dispatcher' | 'leader' | 'auditor' | 'volunteer' | 'station'

export type ConsoleServer = {
  readonly url: string
  readonly tokens: Readonly<Record<TestRole, string>>
  /** The simulated year (last year: the test's own orders fall in this one). */
  readonly simulatedYear: number
  /** A volunteer with service records in the simulated year (the volunteer token's principal). */
  readonly volunteerId: string
  /** The sites of a cluster (lead first): the station admin's. */
  readonly clusterSites: readonly string[]
  close(): Promise<void>
}

/**
 * Every team id the log registered (for a leader who answers for any team the test dispatches to),
 * the first volunteer with a service record and the sites of the first cluster formed.
 */
const scanLog = async (
  store: ReturnType<typeof createSqliteEventStore>,
): Promise<{ teams: string[]; volunteerId: string; clusterSites: string[] }> => {
  const teams: string[] = []
  let volunteerId: string | undefined
  let clusterSites: string[] = []
  for await (const event of store.readAll()) {
    if (event.type === 'TeamRegistered') teams.push((event.data as { teamId: string }).teamId)
    if (event.type === 'ClusterFormed' && clusterSites.length === 0) {
      const formed = event.data as { leadSiteId: string; memberSiteIds: string[] }
      clusterSites = [formed.leadSiteId, ...formed.memberSiteIds]
    }
    if (event.type === 'ServiceRecorded' && volunteerId === undefined) {
      volunteerId = (event.data as { volunteerId: string }).volunteerId
    }
  }
  if (volunteerId === undefined) throw new Error('The simulated year recorded no service')
  return { teams, volunteerId, clusterSites }
}

/**
 * The real API (and the built console it serves at `/`) on a temporary SQLite store, seeded with a
 * small simulated district year, on a free port of 127.0.0.1.
 */
export const startConsoleServer = async (): Promise<ConsoleServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'wenming-web-e2e-'))
  // Personal fields sealed per person, as `wenming serve` opens its stores (keys in <path>.keys).
  const store = createSqliteEventStore({
    path: join(dir, 'wenming.db'),
    personalData: { policy: wenmingPersonalData },
  })
  const simulatedYear = new Date().getFullYear() - 1
  await simulateDistrictYear(store, { year: simulatedYear, seed: 21, profile: SMALL_DISTRICT })
  const token = (role: string) => `dev-${role}-e2e-${Math.random().toString(36).slice(2)}`
  const tokens = {
    resident: token('resident'),
    dispatcher: token('dispatcher'),
    leader: token('leader'),
    auditor: token('auditor'),
    volunteer: token('volunteer'),
    station: token('station'),
  }
  const { teams, volunteerId, clusterSites } = await scanLog(store)
  const auth: AuthConfig = {
    tokens: [
      { token: tokens.resident, principal: { id: 'e2e-resident', role: 'resident', sites: [], teams: [] } },
      {
        token: tokens.dispatcher,
        principal: { id: 'e2e-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
      },
      {
        token: tokens.leader,
        principal: { id: 'e2e-leader', role: 'team-leader', sites: [], teams },
      },
      { token: tokens.auditor, principal: { id: 'e2e-auditor', role: 'auditor', sites: [], teams: [] } },
      { token: tokens.volunteer, principal: { id: volunteerId, role: 'volunteer', sites: [], teams: [] } },
      {
        token: tokens.station,
        principal: { id: 'e2e-station', role: 'station-admin', sites: clusterSites, teams: [] },
      },
    ],
  }
  const readSide = sqliteReadSide(store)
  const api = await createWenmingApi({
    store,
    readSide,
    auth,
    volunteers: { idKey: demoVolunteerIdKey },
    recovery: false,
    projectionIntervalMs: 50,
  })
  const url = await api.app.listen({ host: '127.0.0.1', port: 0 })
  return {
    url,
    tokens,
    simulatedYear,
    volunteerId,
    clusterSites,
    close: async () => {
      await api.close()
      await readSide.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
