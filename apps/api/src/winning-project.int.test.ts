import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Created = { events: { type: string; data: Record<string, unknown> }[] }
type Refused = { refusal: Record<string, unknown> }
type Menu = {
  platforms: { platform: string; services: { code: string; name: string; status: string }[] }[]
}
type Library = {
  projects: { projectId: string; status: string; entryCode: string | null; averageScore: number }[]
}

const report = { date: '2022-03-05', volunteerIds: ['v-1'], hours: 3, audience: 25, notes: '' }

describe('a resident browses the menu and orders a winning project (S4), over HTTP against SQLite', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('takes a project from submission through a round to the menu, and serves its order district-wide', async () => {
    // team-local's organisation (its leader) submits; the centre opens a round; judges score.
    const submitted = await t.request('leader', 'POST', '/projects', {
      projectId: 'p-1',
      title: '银龄健康驿站',
      description: '每周上门测血压、讲健康知识',
      category: 'health',
      teamId: 'team-local',
      targetGroup: '独居老人',
    })
    expect(submitted.status).toBe(201)
    const other = await t.request('otherLeader', 'POST', '/projects', {
      projectId: 'p-2',
      title: '四点半课堂',
      category: 'culture',
      teamId: 'team-pool',
      targetGroup: '放学儿童',
    })
    expect(other.status).toBe(201)
    const typo = await t.request('leader', 'POST', '/projects', {
      title: 'x',
      category: 'healht',
      teamId: 'team-local',
      targetGroup: 'y',
    })
    expect((typo.body as Refused).refusal).toMatchObject({
      type: 'CatalogueEntryUnknown',
      closest: ['health', 'culture'],
    })
    const opened = await t.request('dispatcher', 'POST', '/project-rounds', {
      roundId: 'r-2022',
      districtId: 'centre',
      title: '2022 志愿服务项目大赛',
    })
    expect(opened.status).toBe(201)
    for (const [judge, projectId, score] of [
      ['judge', 'p-1', 92],
      ['otherJudge', 'p-1', 88],
      ['judge', 'p-2', 75],
    ] as const) {
      const scored = await t.request(judge, 'POST', '/project-rounds/r-2022/scores', {
        projectId,
        score,
      })
      expect(scored.status).toBe(200)
    }
    const twice = await t.request('judge', 'POST', '/project-rounds/r-2022/scores', {
      projectId: 'p-1',
      score: 99,
    })
    expect((twice.body as Refused).refusal).toMatchObject({ type: 'ProjectAlreadyScoredByJudge' })

    // Not on the menu before the round closes.
    const before = (await t.request(null, 'GET', '/services')).body as Menu
    expect(before.platforms.flatMap((p) => p.services.map((s) => s.code))).not.toContain(
      'project-p-1',
    )
    const closed = await t.request('dispatcher', 'POST', '/project-rounds/r-2022/close', {
      winners: ['p-1'],
    })
    expect(closed.status).toBe(200)
    expect((closed.body as Created).events.map((e) => e.type)).toEqual([
      'ProjectRoundClosed',
      'CatalogueEntryPublished',
      'TeamCategoriesChanged',
      'ProjectAwarded',
    ])

    // The resident browses the menu (no token): the winner is an entry of its platform.
    const menu = (await t.request(null, 'GET', '/services')).body as Menu
    const health = menu.platforms.find((p) => p.platform === 'health')
    expect(health?.services).toContainEqual(
      expect.objectContaining({ code: 'project-p-1', name: '银龄健康驿站', status: 'active' }),
    )
    expect(menu.platforms.flatMap((p) => p.services.map((s) => s.code))).not.toContain(
      'project-p-2',
    )

    // Ordered at st-4 (team-local is at st-1): the project's team serves it district-wide.
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'w-1',
      siteId: 'st-4',
      category: 'project-p-1',
      wantedAt: '2022-03-05T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
    expect((await t.request('dispatcher', 'POST', '/orders/w-1/accept', {})).status).toBe(200)
    // The suggestion puts the project's team first for its entry, from another station.
    await t.settle()
    const suggested = await t.request('dispatcher', 'GET', '/orders/w-1/dispatch-suggestions')
    expect(suggested.status).toBe(200)
    expect(
      (suggested.body as { ranked: { teamId: string; reach: string }[] }).ranked[0],
    ).toMatchObject({
      teamId: 'team-local',
      reach: 'district',
    })
    const dispatched = await t.request('dispatcher', 'POST', '/orders/w-1/dispatch', {
      teamId: 'team-local',
    })
    expect(dispatched.status).toBe(200)
    expect(
      (dispatched.body as Created).events.find((e) => e.type === 'OrderDispatched')?.data,
    ).toMatchObject({ teamId: 'team-local', reach: 'district' })
    expect((await t.request('leader', 'POST', '/orders/w-1/take', {})).status).toBe(200)
    t.advance(48)
    expect((await t.request('leader', 'POST', '/orders/w-1/complete', { report })).status).toBe(200)
    expect(
      (await t.request('resident', 'POST', '/orders/w-1/evaluate', { rating: 5 })).status,
    ).toBe(200)

    // The library (both submitted at the same instant: by id) shows the winner with its entry.
    await t.settle()
    const library = (await t.request('judge', 'GET', '/projects')).body as Library
    expect(
      library.projects.map((p) => [p.projectId, p.status, p.entryCode, p.averageScore]),
    ).toEqual([
      ['p-1', 'awarded', 'project-p-1', 90],
      ['p-2', 'submitted', null, 75],
    ])
    const rounds = await t.request('auditor', 'GET', '/project-rounds')
    expect(rounds.body).toMatchObject({
      rounds: [{ roundId: 'r-2022', status: 'closed', winners: ['p-1'] }],
    })
    expect((await t.request('resident', 'GET', '/projects')).status).toBe(403)
  })
})
