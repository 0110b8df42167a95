import { describe, it } from 'vitest'
import type { SiteFacts } from '../site/site-facts.js'
import { catalogueEntry, catalogueOf } from '../testing/catalogue-builders.js'
import { givenTeam } from '../testing/given.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { RegisterTeamWithHomeSite } from './decide.js'
import type { TeamEvent } from './events.js'

const now = '2026-03-01T08:00:00.000Z'
const metadata = commandMetadata(now)
const teamId = 'team-1'
const leader = { volunteerId: 'v-1', displayName: '李队长' }
const home: SiteFacts = { siteId: 'st-1', level: 'station', status: 'open', clusterId: null }
const details = {
  teamId,
  name: '健康服务队',
  homeSiteId: 'st-1',
  organizationId: 'org-1',
  platform: 'health',
  categories: ['health'],
  capacity: 1,
  leader,
}
const catalogue = catalogueOf(
  'centre',
  [catalogueEntry('health'), catalogueEntry('culture'), catalogueEntry('theory')],
  ['theory'],
)
const register = (homeSite: SiteFacts | null): RegisterTeamWithHomeSite => ({
  type: 'RegisterTeam',
  data: details,
  metadata,
  facts: { homeSite, catalogue },
})

const registered: TeamEvent = {
  type: 'TeamRegistered',
  data: { ...details, homeSiteLevel: 'station', at: now },
}
const suspended: TeamEvent = { type: 'TeamSuspended', data: { teamId, reason: '', at: now } }
const dissolved: TeamEvent = { type: 'TeamDissolved', data: { teamId, reason: '', at: now } }
const reserved = (orderId: string): TeamEvent => ({
  type: 'TeamCapacityReserved',
  data: { teamId, orderId, at: now },
})
const joined: TeamEvent = {
  type: 'TeamMemberJoined',
  data: { teamId, volunteerId: 'v-2', displayName: '小王', at: now },
}

const reserve = (orderId: string, category: string | null = 'health') => ({
  type: 'ReserveTeamCapacity' as const,
  data: { teamId, orderId, category },
  metadata,
})

describe('team decider', () => {
  it('registers a team at an open home site', () => {
    givenTeam().when(register(home)).then([registered])
  })

  it('refuses a second registration and a missing or closed home site', () => {
    givenTeam([registered])
      .when(register(home))
      .thenFails({ type: 'TeamAlreadyRegistered', teamId })
    givenTeam()
      .when(register(null))
      .thenFails({ type: 'TeamHomeSiteUnavailable', teamId, homeSiteId: 'st-1' })
    givenTeam()
      .when(register({ ...home, status: 'closed' }))
      .thenFails({ type: 'TeamHomeSiteUnavailable', teamId, homeSiteId: 'st-1' })
  })

  it('refuses a member who is not a registered, active volunteer (V1)', () => {
    const join = (volunteer: { status: 'suspended' } | null) => ({
      type: 'JoinTeam' as const,
      data: { teamId, volunteerId: 'v-9', displayName: '小李' },
      metadata,
      facts: { volunteer },
    })
    for (const volunteer of [null, { status: 'suspended' as const }]) {
      givenTeam([registered])
        .when(join(volunteer))
        .thenFails({ type: 'TeamMemberNotRegistered', teamId, volunteerId: 'v-9' })
    }
  })

  it('lets a volunteer join once and leave once, but not the leader (T3)', () => {
    const join = {
      type: 'JoinTeam' as const,
      data: { teamId, volunteerId: 'v-2', displayName: '小王' },
      metadata,
      facts: { volunteer: { status: 'active' as const } },
    }
    const leave = (volunteerId: string) => ({
      type: 'LeaveTeam' as const,
      data: { teamId, volunteerId },
      metadata,
    })
    givenTeam([registered]).when(join).then([joined])
    givenTeam([registered, joined])
      .when(join)
      .thenFails({ type: 'TeamMemberAlreadyJoined', teamId, volunteerId: 'v-2' })
    givenTeam([registered, joined])
      .when(leave('v-2'))
      .then([{ type: 'TeamMemberLeft', data: { teamId, volunteerId: 'v-2', at: now } }])
    givenTeam([registered])
      .when(leave('v-2'))
      .thenFails({ type: 'TeamMemberNotFound', teamId, volunteerId: 'v-2' })
    givenTeam([registered])
      .when(leave('v-1'))
      .thenFails({ type: 'TeamLeaderCannotLeave', teamId, volunteerId: 'v-1' })
    givenTeam().when(join).thenFails({ type: 'TeamNotFound', teamId })
    givenTeam([registered, dissolved]).when(join).thenFails({ type: 'TeamIsDissolved', teamId })
  })

  it('changes capacity, but never below its active orders (T1)', () => {
    const change = (capacity: number) => ({
      type: 'ChangeTeamCapacity' as const,
      data: { teamId, capacity },
      metadata,
    })
    givenTeam([registered])
      .when(change(3))
      .then([{ type: 'TeamCapacityChanged', data: { teamId, capacity: 3, at: now } }])
    givenTeam([
      registered,
      { type: 'TeamCapacityChanged', data: { teamId, capacity: 2, at: now } },
      reserved('o-1'),
      reserved('o-2'),
    ])
      .when(change(1))
      .thenFails({ type: 'TeamCapacityBelowActiveOrders', teamId, capacity: 1, activeOrders: 2 })
  })

  it('serves only active entries of its district’s catalogue (S2)', () => {
    givenTeam()
      .when({ ...register(home), data: { ...details, categories: ['helth'] } })
      .thenFails({
        type: 'CatalogueEntryUnknown',
        districtId: null,
        code: 'helth',
        closest: ['health', 'culture'],
      })
    givenTeam([registered])
      .when({
        type: 'ChangeTeamCategories',
        data: { teamId, categories: ['health', 'theory'] },
        metadata,
        facts: { catalogue, districtId: 'centre' },
      })
      .thenFails({
        type: 'CatalogueEntryNotActive',
        districtId: 'centre',
        code: 'theory',
        closest: ['health', 'culture'],
      })
  })

  it('changes its categories, without duplicates', () => {
    givenTeam([registered])
      .when({
        type: 'ChangeTeamCategories',
        data: { teamId, categories: ['culture', 'culture', 'health'] },
        metadata,
        facts: { catalogue, districtId: 'centre' },
      })
      .then([
        {
          type: 'TeamCategoriesChanged',
          data: { teamId, categories: ['culture', 'health'], at: now },
        },
      ])
  })

  it('suspends an active team and reinstates a suspended one', () => {
    const suspend = { type: 'SuspendTeam' as const, data: { teamId, reason: '' }, metadata }
    const reinstate = { type: 'ReinstateTeam' as const, data: { teamId }, metadata }
    givenTeam([registered]).when(suspend).then([suspended])
    givenTeam([registered, suspended])
      .when(suspend)
      .thenFails({ type: 'TeamNotActive', teamId, status: 'suspended' })
    givenTeam([registered, suspended])
      .when(reinstate)
      .then([{ type: 'TeamReinstated', data: { teamId, at: now } }])
    givenTeam([registered]).when(reinstate).thenFails({ type: 'TeamNotSuspended', teamId })
  })

  it('dissolves a team without active orders only (T2)', () => {
    const dissolve = { type: 'DissolveTeam' as const, data: { teamId, reason: '' }, metadata }
    givenTeam([registered]).when(dissolve).then([dissolved])
    givenTeam([registered, reserved('o-1')])
      .when(dissolve)
      .thenFails({ type: 'TeamHasActiveOrders', teamId, activeOrders: 1 })
    givenTeam([registered, dissolved]).when(dissolve).thenFails({ type: 'TeamIsDissolved', teamId })
  })

  it('records the flag award (授旗)', () => {
    givenTeam([registered])
      .when({
        type: 'AwardTeamFlag',
        data: { teamId, awardedBySiteId: 'centre', title: '优秀志愿服务队' },
        metadata,
      })
      .then([
        {
          type: 'TeamFlagAwarded',
          data: { teamId, awardedBySiteId: 'centre', title: '优秀志愿服务队', at: now },
        },
      ])
  })

  it('reserves capacity for an order of a category it serves', () => {
    givenTeam([registered])
      .when(reserve('o-1'))
      .then([reserved('o-1')])
    givenTeam([registered])
      .when(reserve('o-1', null))
      .then([reserved('o-1')])
  })

  it('refuses a reservation beyond capacity (T1), on an inactive team (T2), or off its categories (O3)', () => {
    givenTeam([registered, reserved('o-1')])
      .when(reserve('o-2'))
      .thenFails({ type: 'TeamAtCapacity', teamId, capacity: 1, activeOrders: 1 })
    givenTeam([registered, suspended])
      .when(reserve('o-1'))
      .thenFails({ type: 'TeamNotActive', teamId, status: 'suspended' })
    givenTeam([registered, dissolved])
      .when(reserve('o-1'))
      .thenFails({ type: 'TeamNotActive', teamId, status: 'dissolved' })
    givenTeam([registered])
      .when(reserve('o-1', 'culture'))
      .thenFails({ type: 'TeamDoesNotServeCategory', teamId, category: 'culture' })
    givenTeam([registered, reserved('o-1')])
      .when(reserve('o-1'))
      .thenFails({ type: 'TeamCapacityAlreadyReserved', teamId, orderId: 'o-1' })
    givenTeam().when(reserve('o-1')).thenFails({ type: 'TeamNotFound', teamId })
  })

  it('releases a held reservation and refuses to release one it does not hold', () => {
    const release = {
      type: 'ReleaseTeamCapacity' as const,
      data: { teamId, orderId: 'o-1', reason: 'completed' as const },
      metadata,
    }
    givenTeam([registered, reserved('o-1')])
      .when(release)
      .then([
        {
          type: 'TeamCapacityReleased',
          data: { teamId, orderId: 'o-1', reason: 'completed', at: now },
        },
      ])
    givenTeam([registered])
      .when(release)
      .thenFails({ type: 'TeamReservationNotFound', teamId, orderId: 'o-1' })
  })
})
