import { createInMemoryEventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain } from '../create-wenming-domain.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { WenmingCommand } from '../wenming-command.js'

const domain = createWenmingDomain()
const t0 = '2026-04-01T08:00:00.000Z'
let sent = 0

describe('a winning project becomes a catalogue entry its team serves district-wide (S4)', () => {
  it('publishes the winner with its source, adds it to the team, and lets a far order reach the team', async () => {
    const store = createInMemoryEventStore()
    await runNetworkCommands(store, networkSetup(), 'setup')
    const send = (command: WenmingCommand) =>
      domain.handleWenmingCommand(store, command, { commandId: `c-${(sent += 1)}` })
    const ok = async (command: WenmingCommand) => {
      const result = await send(command)
      expect(result.ok, JSON.stringify(result)).toBe(true)
      return result.ok ? result.events : []
    }
    await ok({
      type: 'SubmitProject',
      data: {
        projectId: 'p-1',
        title: '银龄健康驿站',
        description: '每周上门测血压',
        category: 'health',
        teamId: 'team-st-1',
        targetGroup: '独居老人',
      },
      metadata: commandMetadata(t0, 'st-admin'),
    })
    await ok({
      type: 'OpenProjectRound',
      data: { roundId: 'r-1', districtId: 'centre', title: '2026 项目大赛' },
      metadata: commandMetadata(t0),
    })
    await ok({
      type: 'ScoreProject',
      data: { roundId: 'r-1', projectId: 'p-1', score: 91 },
      metadata: commandMetadata(t0, 'judge-1'),
    })
    const closed = await ok({
      type: 'CloseProjectRound',
      data: { roundId: 'r-1', winners: ['p-1'] },
      metadata: commandMetadata(t0),
    })
    expect(closed.map((e) => e.type)).toEqual([
      'ProjectRoundClosed',
      'CatalogueEntryPublished',
      'TeamCategoriesChanged',
      'ProjectAwarded',
    ])
    const catalogue = await domain.readCatalogue(store, 'centre')
    expect(catalogue.items['project-p-1']).toMatchObject({
      status: 'active',
      entry: { name: '银龄健康驿站', platform: 'health-and-sport', orderableBy: 'residents' },
      source: { projectId: 'p-1', roundId: 'r-1', teamId: 'team-st-1' },
    })
    expect(await domain.readProject(store, 'p-1')).toMatchObject({
      status: 'awarded',
      entryCode: 'project-p-1',
    })
    // A resident of st-4 (another institute) orders it; the centre sends the project's team.
    await ok({
      type: 'PlaceRequestOrder',
      data: {
        orderId: 'o-1',
        siteId: 'st-4',
        onBehalfOf: null,
        category: 'project-p-1',
        need: '',
        wantedAt: t0,
      },
      metadata: commandMetadata(t0, 'resident-1'),
    })
    await ok({ type: 'AcceptOrder', data: { orderId: 'o-1' }, metadata: commandMetadata(t0) })
    const dispatched = await ok({
      type: 'DispatchOrder',
      data: { orderId: 'o-1', teamId: 'team-st-1' },
      metadata: commandMetadata(t0),
    })
    expect(dispatched.find((e) => e.type === 'OrderDispatched')?.data).toMatchObject({
      reach: 'district',
    })
    // Another station's team is still out of reach for an ordinary entry.
    await ok({
      type: 'PlaceRequestOrder',
      data: {
        orderId: 'o-2',
        siteId: 'st-4',
        onBehalfOf: null,
        category: 'health',
        need: '',
        wantedAt: t0,
      },
      metadata: commandMetadata(t0, 'resident-1'),
    })
    await ok({ type: 'AcceptOrder', data: { orderId: 'o-2' }, metadata: commandMetadata(t0) })
    const far = await send({
      type: 'DispatchOrder',
      data: { orderId: 'o-2', teamId: 'team-st-2' },
      metadata: commandMetadata(t0),
    })
    expect(far.ok ? null : far.error.type).toBe('TeamOutOfReach')
  })
})
