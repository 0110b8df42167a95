import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createWenmingDomain, type WenmingCommand, type WenmingDomain } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createWenmingApi } from './create-wenming-api.js'

/**
 * The child: opens the store, sends one command through the domain, and SIGKILLs itself right
 * after the process's first step is on disk (a team's reservation, a site's claim, a round's
 * close), before the second (the order's dispatch, the cluster's formation, the winners' catalogue
 * entries) can be recorded.
 */
const child = `
import { createWenmingDomain } from '@wenming/domain'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
const { DB, KIND, N } = process.env
const store = createSqliteEventStore({ path: DB })
const holdType =
  KIND === 'dispatch'
    ? 'TeamCapacityReserved'
    : KIND === 'close'
      ? 'ProjectRoundClosed'
      : 'SiteClaimedByCluster'
const crashing = {
  ...store,
  appendToStream: async (streamName, events, options) => {
    const result = await store.appendToStream(streamName, events, options)
    if (events.some((event) => event.type === holdType)) process.kill(process.pid, 'SIGKILL')
    return result
  },
}
const domain = createWenmingDomain()
const metadata = { now: new Date().toISOString(), actor: { id: 'u-dispatcher' } }
const result =
  KIND === 'close'
    ? await domain.handleProjectCommand(
        crashing,
        { type: 'CloseProjectRound', data: { roundId: 'r-1', winners: ['p-1', 'p-2'] }, metadata },
        { commandId: 'crash-close' },
      )
    : KIND === 'dispatch'
      ? await domain.handleOrderCommand(
          crashing,
          { type: 'DispatchOrder', data: { orderId: 'o-' + N, teamId: 'team-' + N }, metadata },
          { commandId: 'crash-dispatch-' + N },
        )
      : await domain.handleClusterCommand(
          crashing,
          {
            type: 'FormCluster',
            data: {
              clusterId: 'k-' + N,
              name: 'k-' + N,
              leadSiteId: 'st-' + N + '-a',
              memberSiteIds: ['st-' + N + '-b', 'st-' + N + '-c'],
            },
            metadata,
          },
          { commandId: 'crash-form-' + N },
        )
console.error('the child was not killed: ' + JSON.stringify(result))
process.exit(3)
`

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Runs the child to its SIGKILL; resolves with the signal that ended it. */
const crashOnce = (
  db: string,
  kind: 'dispatch' | 'form' | 'close',
  n: number,
): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', child], {
      cwd: packageDir,
      env: { ...process.env, DB: db, KIND: kind, N: String(n) },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.on('error', reject)
    proc.on('exit', (code, signal) =>
      signal === null ? reject(new Error(`child exited ${code}: ${stderr}`)) : resolve(signal),
    )
  })

const crashes = 10 // of each kind: 20 SIGKILLs in all
const meta = (now: string) => ({ now, actor: { id: 'u-dispatcher' } })

const seed = async (store: EventStore, domain: WenmingDomain, now: string) => {
  const commands: WenmingCommand[] = []
  const site = (
    siteId: string,
    parentId: string | null,
    level: 'center' | 'institute' | 'station',
  ) =>
    commands.push({
      type: 'RegisterSite',
      data: {
        siteId,
        parentId,
        level,
        name: siteId,
        kind: level,
        coordinates: { latitude: 30, longitude: 120 },
      },
      metadata: meta(now),
    })
  site('centre', null, 'center')
  commands.push({
    type: 'PublishCatalogueEntry',
    data: {
      districtId: 'centre',
      entry: {
        code: 'health',
        name: '健康义诊',
        description: '',
        platform: 'health',
        attributes: [],
        orderableBy: 'residents',
      },
    },
    metadata: meta(now),
  })
  site('inst-1', 'centre', 'institute')
  site('st-1', 'inst-1', 'station')
  for (const n of [...Array(crashes).keys(), 'ok']) {
    for (const s of 'abc') site(`st-${n}-${s}`, 'inst-1', 'station')
  }
  for (const n of [...Array(crashes).keys(), 'ok']) {
    commands.push(
      {
        type: 'RegisterTeam',
        data: {
          teamId: `team-${n}`,
          name: `team ${n}`,
          homeSiteId: 'st-1',
          organizationId: 'org-1',
          platform: 'health',
          categories: ['health'],
          capacity: 1,
          leader: { volunteerId: `v-${n}`, displayName: 'leader' },
        },
        metadata: meta(now),
      },
      {
        type: 'PlaceRequestOrder',
        data: {
          orderId: `o-${n}`,
          siteId: 'st-1',
          onBehalfOf: null,
          category: 'health',
          need: '',
          wantedAt: now,
        },
        metadata: meta(now),
      },
      { type: 'AcceptOrder', data: { orderId: `o-${n}` }, metadata: meta(now) },
    )
  }
  // A dispatch and a cluster that finished: recovery must leave what they hold alone.
  commands.push(
    { type: 'DispatchOrder', data: { orderId: 'o-ok', teamId: 'team-ok' }, metadata: meta(now) },
    {
      type: 'FormCluster',
      data: {
        clusterId: 'k-ok',
        name: 'k-ok',
        leadSiteId: 'st-1',
        memberSiteIds: ['st-ok-a', 'st-ok-b'],
      },
      metadata: meta(now),
    },
  )
  for (const [i, command] of commands.entries()) {
    const result = await domain.handleWenmingCommand(store, command, { commandId: `seed-${i}` })
    if (!result.ok) throw new Error(`seed ${command.type}: ${JSON.stringify(result.error)}`)
  }
}

/** A centre with two scored projects in round `r-1`, ready to close. */
const seedRound = async (store: EventStore, domain: WenmingDomain, now: string) => {
  const site = (
    siteId: string,
    parentId: string | null,
    level: 'center' | 'institute' | 'station',
  ) =>
    ({
      type: 'RegisterSite',
      data: {
        siteId,
        parentId,
        level,
        name: siteId,
        kind: level,
        coordinates: { latitude: 30, longitude: 120 },
      },
      metadata: meta(now),
    }) satisfies WenmingCommand
  const commands: WenmingCommand[] = [
    site('centre', null, 'center'),
    {
      type: 'PublishCatalogueEntry',
      data: {
        districtId: 'centre',
        entry: {
          code: 'health',
          name: '健康义诊',
          description: '',
          platform: 'health',
          attributes: [],
          orderableBy: 'residents',
        },
      },
      metadata: meta(now),
    },
    site('inst-1', 'centre', 'institute'),
    site('st-1', 'inst-1', 'station'),
    ...['p-1', 'p-2'].flatMap((projectId): WenmingCommand[] => [
      {
        type: 'RegisterTeam',
        data: {
          teamId: `team-${projectId}`,
          name: `team ${projectId}`,
          homeSiteId: 'st-1',
          organizationId: 'org-1',
          platform: 'health',
          categories: ['health'],
          capacity: 1,
          leader: { volunteerId: `v-${projectId}`, displayName: 'leader' },
        },
        metadata: meta(now),
      },
      {
        type: 'SubmitProject',
        data: {
          projectId,
          title: `项目 ${projectId}`,
          description: '上门测血压',
          category: 'health',
          teamId: `team-${projectId}`,
          targetGroup: '独居老人',
        },
        metadata: meta(now),
      },
    ]),
    {
      type: 'OpenProjectRound',
      data: { roundId: 'r-1', districtId: 'centre', title: '项目大赛' },
      metadata: meta(now),
    },
    ...['p-1', 'p-2'].map((projectId): WenmingCommand => ({
      type: 'ScoreProject',
      data: { roundId: 'r-1', projectId, score: 90 },
      metadata: meta(now),
    })),
  ]
  for (const [i, command] of commands.entries()) {
    const result = await domain.handleWenmingCommand(store, command, { commandId: `seed-${i}` })
    if (!result.ok) throw new Error(`seed ${command.type}: ${JSON.stringify(result.error)}`)
  }
}

/** Which of the round's winners are catalogue entries their teams serve, and awarded. */
const awardedWinners = async (store: EventStore, domain: WenmingDomain): Promise<string[]> => {
  const catalogue = await domain.readCatalogue(store, 'centre')
  const found: string[] = []
  for (const projectId of ['p-1', 'p-2']) {
    const code = `project-${projectId}`
    const team = await domain.readTeam(store, `team-${projectId}`)
    const project = await domain.readProject(store, projectId)
    if (
      catalogue.items[code]?.status === 'active' &&
      team.status !== 'unregistered' &&
      team.categories.includes(code) &&
      project.status === 'awarded'
    )
      found.push(projectId)
  }
  return found
}

const countEvents = async (store: EventStore): Promise<number> => {
  let count = 0
  for await (const _ of store.readAll()) count++
  return count
}

/** Every hold the orders and clusters do not justify, as sentences (empty: capacity and claims agree). */
const unjustifiedHolds = async (store: EventStore, domain: WenmingDomain): Promise<string[]> => {
  const found: string[] = []
  for (const n of [...Array(crashes).keys(), 'ok']) {
    const team = await domain.readTeam(store, `team-${n}`)
    const reservations = team.status === 'unregistered' ? [] : team.reservations
    const dispatched: string[] = []
    for (const orderId of [...Array(crashes).keys(), 'ok'].map((m) => `o-${m}`)) {
      const order = await domain.readOrder(store, orderId)
      const holding = order.status === 'dispatched' || order.status === 'taken'
      if (holding && order.teamId === `team-${n}`) dispatched.push(orderId)
    }
    if (JSON.stringify(reservations) !== JSON.stringify(dispatched)) {
      found.push(
        `team-${n} holds ${JSON.stringify(reservations)}, its orders ${JSON.stringify(dispatched)}`,
      )
    }
  }
  const sites = [
    'st-1',
    ...[...Array(crashes).keys(), 'ok'].flatMap((n) => [...'abc'].map((s) => `st-${n}-${s}`)),
  ]
  const clusters = ['k-ok', ...[...Array(crashes).keys()].map((n) => `k-${n}`)]
  for (const siteId of sites) {
    const site = await domain.readSite(store, siteId)
    let member: string | null = null
    for (const clusterId of clusters) {
      const cluster = await domain.readCluster(store, clusterId)
      const active = cluster.status === 'active'
      if (active && (cluster.leadSiteId === siteId || cluster.memberSiteIds.includes(siteId)))
        member = clusterId
    }
    const claimed = site.status === 'unregistered' ? null : site.clusterId
    if (claimed !== member) found.push(`${siteId} is claimed by ${claimed}, a member of ${member}`)
  }
  return found
}

const auth: AuthConfig = {
  tokens: [
    {
      token: 'dispatcher-token-0123456789',
      principal: { id: 'u-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}

describe('a process killed between its two steps', () => {
  let dir: string
  let db: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-recovery-'))
    db = join(dir, 'events.db')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('leaves capacity and claims as the orders and clusters justify after a restart, and the team takes a new dispatch', async () => {
    const seedStore = createSqliteEventStore({ path: db })
    await seed(seedStore, createWenmingDomain(), new Date().toISOString())
    await seedStore.close()
    for (let n = 0; n < crashes; n++) {
      expect(await crashOnce(db, 'dispatch', n)).toBe('SIGKILL')
      expect(await crashOnce(db, 'form', n)).toBe('SIGKILL')
    }

    // The restart: a server on the same file, its clock past the recovery bound.
    const store = createSqliteEventStore({ path: db })
    const domain = createWenmingDomain()
    expect(await unjustifiedHolds(store, domain)).toHaveLength(2 * crashes)
    const clock = () => new Date(Date.now() + 10 * 60_000)
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({
      store,
      readSide,
      auth,
      domain,
      clock,
      projectionIntervalMs: 5,
    })
    try {
      const report = await api.recovery?.runNow()
      expect(report?.releasedReservations ?? []).toEqual([])
      expect(await unjustifiedHolds(store, domain)).toEqual([])

      const dispatch = await api.app.inject({
        method: 'POST',
        url: '/orders/o-0/dispatch',
        headers: { authorization: 'Bearer dispatcher-token-0123456789' },
        payload: { teamId: 'team-0' },
      })
      expect(dispatch.statusCode).toBe(200)
      expect(await domain.readTeam(store, 'team-0')).toMatchObject({ reservations: ['o-0'] })
      expect(await unjustifiedHolds(store, domain)).toEqual([])
    } finally {
      await api.close()
      await readSide.close()
      await store.close()
    }
    // 20 child processes: the timeout guards against a hang, not a busy machine.
  }, 120_000)

  it('gives a round killed right after its close its winners’ catalogue entries after a restart, once', async () => {
    const roundDb = join(dir, 'round.db')
    const seedStore = createSqliteEventStore({ path: roundDb })
    await seedRound(seedStore, createWenmingDomain(), new Date().toISOString())
    await seedStore.close()
    expect(await crashOnce(roundDb, 'close', 0)).toBe('SIGKILL')

    const store = createSqliteEventStore({ path: roundDb })
    const domain = createWenmingDomain()
    expect(await domain.readProjectRound(store, 'r-1')).toMatchObject({ status: 'closed' })
    expect(await awardedWinners(store, domain)).toEqual([])
    const clock = () => new Date(Date.now() + 10 * 60_000)
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({
      store,
      readSide,
      auth,
      domain,
      clock,
      projectionIntervalMs: 5,
    })
    try {
      // The pass at start-up has run (runNow waits for it) and finished the close.
      const report = await api.recovery?.runNow()
      expect(report?.awardedProjects ?? []).toEqual([])
      expect(await awardedWinners(store, domain)).toEqual(['p-1', 'p-2'])
      const total = await countEvents(store)
      const again = await api.recovery?.runNow()
      expect(again?.awardedProjects).toEqual([])
      expect(await countEvents(store)).toBe(total)
    } finally {
      await api.close()
      await readSide.close()
      await store.close()
    }
    // A second server on the same file, with a domain of its own, finds nothing left to do.
    const restarted = createSqliteEventStore({ path: roundDb })
    try {
      const total = await countEvents(restarted)
      const report = await createWenmingDomain().recoverProcesses(restarted, {
        now: new Date(Date.now() + 10 * 60_000).toISOString(),
      })
      expect(report).toMatchObject({ awardedProjects: [], refusedRounds: [] })
      expect(await countEvents(restarted)).toBe(total)
    } finally {
      await restarted.close()
    }
  }, 60_000)
})
