import { describe, it } from 'vitest'
import { givenSite } from '../testing/given.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { RegisterSiteWithParent } from './decide.js'
import type { SiteEvent } from './events.js'
import type { SiteFacts } from './site-facts.js'

const now = '2026-03-01T08:00:00.000Z'
const metadata = commandMetadata(now)
const coordinates = { latitude: 31.2, longitude: 121.5 }
const institute: SiteFacts = {
  siteId: 'inst-1',
  level: 'institute',
  status: 'open',
  clusterId: null,
}

const register = (
  level: 'center' | 'institute' | 'station' | 'point',
  parentId: string | null,
  parent: SiteFacts | null,
): RegisterSiteWithParent => ({
  type: 'RegisterSite',
  data: { siteId: 'st-1', parentId, level, name: '东村', kind: '村', coordinates },
  metadata,
  facts: { parent },
})

const registered: SiteEvent = {
  type: 'SiteRegistered',
  data: {
    siteId: 'st-1',
    parentId: 'inst-1',
    level: 'station',
    name: '东村',
    kind: '村',
    coordinates,
    at: now,
  },
}
const weak: SiteEvent = { type: 'SiteMarkedWeak', data: { siteId: 'st-1', reason: '', at: now } }
const claimed: SiteEvent = {
  type: 'SiteClaimedByCluster',
  data: { siteId: 'st-1', clusterId: 'k-1', at: now },
}
const closed: SiteEvent = { type: 'SiteClosed', data: { siteId: 'st-1', reason: '', at: now } }

describe('site decider', () => {
  it('registers a station under an open institute', () => {
    givenSite()
      .when(register('station', 'inst-1', institute))
      .then([registered])
  })

  it('registers the centre without a parent', () => {
    givenSite()
      .when(register('center', null, null))
      .then([
        {
          type: 'SiteRegistered',
          data: {
            siteId: 'st-1',
            parentId: null,
            level: 'center',
            name: '东村',
            kind: '村',
            coordinates,
            districtId: 'st-1',
            at: now,
          },
        },
      ])
  })

  it('refuses to register a site twice', () => {
    givenSite([registered])
      .when(register('station', 'inst-1', institute))
      .thenFails({ type: 'SiteAlreadyRegistered', siteId: 'st-1' })
  })

  it('refuses a parent that does not exist or is closed', () => {
    givenSite()
      .when(register('station', 'inst-1', null))
      .thenFails({ type: 'ParentSiteUnavailable', siteId: 'st-1', parentId: 'inst-1' })
    givenSite()
      .when(register('station', 'inst-1', { ...institute, status: 'closed' }))
      .thenFails({ type: 'ParentSiteUnavailable', siteId: 'st-1', parentId: 'inst-1' })
  })

  it('refuses a parent that is not one level up, and a non-centre without a parent', () => {
    givenSite()
      .when(register('point', 'inst-1', institute))
      .thenFails({
        type: 'ParentLevelMismatch',
        siteId: 'st-1',
        level: 'point',
        parentLevel: 'institute',
      })
    givenSite()
      .when(register('station', null, null))
      .thenFails({
        type: 'ParentLevelMismatch',
        siteId: 'st-1',
        level: 'station',
        parentLevel: null,
      })
    givenSite()
      .when(register('center', 'inst-1', institute))
      .thenFails({
        type: 'ParentLevelMismatch',
        siteId: 'st-1',
        level: 'center',
        parentLevel: 'institute',
      })
  })

  it('renames an open site and refuses to rename an unknown or closed one', () => {
    const rename = {
      type: 'RenameSite' as const,
      data: { siteId: 'st-1', name: '东风村' },
      metadata,
    }
    givenSite([registered])
      .when(rename)
      .then([{ type: 'SiteRenamed', data: { siteId: 'st-1', name: '东风村', at: now } }])
    givenSite().when(rename).thenFails({ type: 'SiteNotFound', siteId: 'st-1' })
    givenSite([registered, closed]).when(rename).thenFails({ type: 'SiteIsClosed', siteId: 'st-1' })
  })

  it('records the district of a new site: a centre its own, any other its parent’s (D1)', () => {
    givenSite([])
      .when(register('station', 'inst-1', { ...institute, districtId: 'centre-a' }))
      .then([{ ...registered, data: { ...registered.data, districtId: 'centre-a' } }])
    givenSite([])
      .when(register('center', null, null))
      .then([
        {
          type: 'SiteRegistered',
          data: {
            siteId: 'st-1',
            parentId: null,
            level: 'center',
            name: '东村',
            kind: '村',
            coordinates,
            districtId: 'st-1',
            at: now,
          },
        },
      ])
  })

  it('never marks the centre or an institute weak, only stations and points', () => {
    const mark = { type: 'MarkSiteWeak' as const, data: { siteId: 'st-1', reason: '' }, metadata }
    const asLevel = (level: 'center' | 'institute'): SiteEvent => ({
      type: 'SiteRegistered',
      data: {
        ...registered.data,
        level,
      },
    })
    givenSite([asLevel('center')])
      .when(mark)
      .thenFails({ type: 'SiteCannotBeWeak', siteId: 'st-1', level: 'center' })
    givenSite([asLevel('institute')])
      .when(mark)
      .thenFails({ type: 'SiteCannotBeWeak', siteId: 'st-1', level: 'institute' })
  })

  it('does not claim a site for a cluster of another district (D1)', () => {
    const inA: SiteEvent = {
      type: 'SiteRegistered',
      data: {
        ...registered.data,
        districtId: 'centre-a',
      },
    }
    const claim = (districtId: string) => ({
      type: 'ClaimSiteForCluster' as const,
      data: { siteId: 'st-1', clusterId: 'k-1', districtId },
      metadata,
    })
    givenSite([inA]).when(claim('centre-b')).thenFails({
      type: 'SiteInAnotherDistrict',
      siteId: 'st-1',
      districtId: 'centre-a',
      clusterId: 'k-1',
      clusterDistrictId: 'centre-b',
    })
    givenSite([inA])
      .when(claim('centre-a'))
      .then([{ type: 'SiteClaimedByCluster', data: { siteId: 'st-1', clusterId: 'k-1', at: now } }])
  })

  it('marks a site weak once and clears the mark once', () => {
    const mark = { type: 'MarkSiteWeak' as const, data: { siteId: 'st-1', reason: '' }, metadata }
    const clear = { type: 'ClearSiteWeakMark' as const, data: { siteId: 'st-1' }, metadata }
    givenSite([registered]).when(mark).then([weak])
    givenSite([registered, weak]).when(mark).thenFails({ type: 'SiteAlreadyWeak', siteId: 'st-1' })
    givenSite([registered, weak])
      .when(clear)
      .then([{ type: 'SiteWeakMarkCleared', data: { siteId: 'st-1', at: now } }])
    givenSite([registered]).when(clear).thenFails({ type: 'SiteNotWeak', siteId: 'st-1' })
  })

  it('closes a site, but not while it belongs to a cluster', () => {
    const close = { type: 'CloseSite' as const, data: { siteId: 'st-1', reason: '' }, metadata }
    givenSite([registered]).when(close).then([closed])
    givenSite([registered, claimed])
      .when(close)
      .thenFails({ type: 'SiteInCluster', siteId: 'st-1', clusterId: 'k-1' })
  })

  it('lets one cluster claim a site and refuses a second claim (C1)', () => {
    const claim = (clusterId: string) => ({
      type: 'ClaimSiteForCluster' as const,
      data: { siteId: 'st-1', clusterId },
      metadata,
    })
    givenSite([registered]).when(claim('k-1')).then([claimed])
    givenSite([registered, claimed])
      .when(claim('k-2'))
      .thenFails({ type: 'SiteInCluster', siteId: 'st-1', clusterId: 'k-1' })
    givenSite([registered, closed])
      .when(claim('k-1'))
      .thenFails({ type: 'SiteIsClosed', siteId: 'st-1' })
  })

  it('releases a claim only for the cluster that holds it', () => {
    const release = (clusterId: string) => ({
      type: 'ReleaseSiteFromCluster' as const,
      data: { siteId: 'st-1', clusterId },
      metadata,
    })
    givenSite([registered, claimed])
      .when(release('k-1'))
      .then([
        { type: 'SiteReleasedByCluster', data: { siteId: 'st-1', clusterId: 'k-1', at: now } },
      ])
    givenSite([registered, claimed])
      .when(release('k-2'))
      .thenFails({ type: 'SiteNotInCluster', siteId: 'st-1', clusterId: 'k-2' })
  })
})
