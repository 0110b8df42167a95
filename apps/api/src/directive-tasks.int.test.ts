import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi, type TestPrincipal } from './testing/test-api.js'

type Created = { events: { type: string; data: Record<string, unknown> }[] }
type Board = {
  orders: {
    orderId: string
    dueDate: string | null
    pastDue: boolean
    overdueTasks: string[]
    tasks: { teamId: string; status: string }[] | null
  }[]
}

const report = { date: '2022-03-03', volunteerIds: ['v-1'], hours: 3, audience: 40, notes: '' }

describe('one 定单 to three teams, one of them late, over HTTP against SQLite (O7)', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('gives each team a task, shows the late one on the board, and completes with the last', async () => {
    const issued = await t.request('dispatcher', 'POST', '/directive-orders', {
      orderId: 'd-3',
      issuingSiteId: 'centre',
      teamIds: ['team-local', 'team-pool', 'team-district'],
      theme: '文明交通劝导',
      dueDate: '2022-03-04',
    })
    expect(issued.status).toBe(201)
    const reserved = (issued.body as Created).events.filter(
      (e) => e.type === 'TeamCapacityReserved',
    )
    expect(reserved.map((e) => e.data['teamId'])).toEqual([
      'team-local',
      'team-pool',
      'team-district',
    ])

    // Every named team's leader finds the task in "my tasks" and may read the order.
    await t.settle()
    const taskIds = async (who: TestPrincipal) =>
      (
        (await t.request(who, 'GET', '/me/tasks')).body as { items: { orderId: string }[] }
      ).items.map((o) => o.orderId)
    expect(await taskIds('otherLeader')).toContain('d-3')
    expect(await taskIds('districtLeader')).toContain('d-3')
    expect((await t.request('districtLeader', 'GET', '/orders/d-3')).status).toBe(200)

    // A team not named has no task; each named team answers its own.
    const stranger = await t.request('leader', 'POST', '/orders/d-3/take', { teamId: 'team-x' })
    expect(stranger.status).toBe(403)
    expect((await t.request('leader', 'POST', '/orders/d-3/take', {})).status).toBe(200)
    expect((await t.request('otherLeader', 'POST', '/orders/d-3/take', {})).status).toBe(200)
    expect((await t.request('districtLeader', 'POST', '/orders/d-3/take', {})).status).toBe(200)
    t.advance(24)
    const first = await t.request('leader', 'POST', '/orders/d-3/complete', { report })
    expect(first.status).toBe(200)
    expect((first.body as Created).events.map((e) => e.type)).toEqual([
      'OrderCompleted',
      'TeamCapacityReleased',
    ])
    expect(
      (await t.request('otherLeader', 'POST', '/orders/d-3/complete', { report })).status,
    ).toBe(200)

    // A finished task leaves its leader's list; the open one stays with its own.
    await t.settle()
    expect(await taskIds('leader')).not.toContain('d-3')
    expect(await taskIds('districtLeader')).toContain('d-3')

    // Past the due day (2022-03-04 in China), team-district's task is late.
    t.advance(72)
    await t.settle()
    const board = (await t.request('dispatcher', 'GET', '/orders')).body as Board
    const onBoard = board.orders.find((o) => o.orderId === 'd-3')
    expect(onBoard).toMatchObject({
      dueDate: '2022-03-04',
      pastDue: true,
      overdueTasks: ['team-district'],
      tasks: [
        { teamId: 'team-local', status: 'completed' },
        { teamId: 'team-pool', status: 'completed' },
        { teamId: 'team-district', status: 'taken' },
      ],
    })

    const leaderBoard = (await t.request('districtLeader', 'GET', '/orders')).body as Board
    expect(leaderBoard.orders.map((o) => o.orderId)).toContain('d-3')
    const last = await t.request('districtLeader', 'POST', '/orders/d-3/complete', { report })
    expect(last.status).toBe(200)
    expect((last.body as Created).events.map((e) => e.type)).toEqual([
      'OrderCompleted',
      'DirectiveOrderCompleted',
      'TeamCapacityReleased',
    ])
    const evaluated = await t.request('dispatcher', 'POST', '/orders/d-3/evaluate', { rating: 5 })
    expect(evaluated.status).toBe(200)
    await t.settle()
    const after = (await t.request('dispatcher', 'GET', '/orders')).body as Board
    expect(after.orders.some((o) => o.orderId === 'd-3')).toBe(false)
    const work = await t.request('auditor', 'GET', '/reports/work?period=2022')
    expect(work.body).toMatchObject({
      directiveOrders: { issued: 1, completed: 1, evaluated: 1 },
      directiveTasks: { issued: 3, completed: 3 },
    })
  })
})
