import { deciderSpecification } from '@wenming/event-store/testing'
import { describe, it } from 'vitest'
import type { SiteFacts } from '../site/site-facts.js'
import { catalogueEntry } from '../testing/catalogue-builders.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { catalogueDecider } from './catalogue-decider.js'
import type { CatalogueDeciderCommand } from './decide.js'
import type { CatalogueEvent } from './events.js'

const given = deciderSpecification(catalogueDecider)
const now = '2026-03-01T08:00:00.000Z'
const metadata = commandMetadata(now, 'centre-admin')
const centre: SiteFacts = { siteId: 'centre', level: 'center', status: 'open', clusterId: null }
const health = catalogueEntry('health')

const publish = (
  entry = health,
  facts: SiteFacts | null = centre,
  districtId = 'centre',
): CatalogueDeciderCommand => ({
  type: 'PublishCatalogueEntry',
  data: { districtId, entry },
  metadata,
  facts: { centre: facts },
})
const published: CatalogueEvent = {
  type: 'CatalogueEntryPublished',
  data: { districtId: 'centre', entry: health, by: 'centre-admin', at: now },
}
const retire = (code: string): CatalogueDeciderCommand => ({
  type: 'RetireCatalogueEntry',
  data: { districtId: 'centre', code, reason: '合并' },
  metadata,
  facts: { centre },
})
const retired: CatalogueEvent = {
  type: 'CatalogueEntryRetired',
  data: { districtId: 'centre', code: 'health', reason: '合并', by: 'centre-admin', at: now },
}

describe('catalogue decider (S1)', () => {
  it('publishes an entry of the centre’s own district, once', () => {
    given([]).when(publish()).then([published])
    given([published])
      .when(publish())
      .thenFails({ type: 'CatalogueEntryAlreadyPublished', districtId: 'centre', code: 'health' })
  })

  it('is edited by an open centre only', () => {
    given([])
      .when(publish(health, { ...centre, level: 'institute' }))
      .thenFails({ type: 'CatalogueDistrictUnavailable', districtId: 'centre' })
    given([])
      .when(publish(health, { ...centre, status: 'closed' }))
      .thenFails({ type: 'CatalogueDistrictUnavailable', districtId: 'centre' })
    given([])
      .when(publish(health, null))
      .thenFails({ type: 'CatalogueDistrictUnavailable', districtId: 'centre' })
    given([])
      .when(publish(health, centre, 'centre-b'))
      .thenFails({ type: 'CatalogueDistrictUnavailable', districtId: 'centre-b' })
  })

  it('revises an active entry and retires it once, naming the closest when it cannot', () => {
    const revised = catalogueEntry('health', { name: '健康服务' })
    given([published])
      .when({
        type: 'ReviseCatalogueEntry',
        data: { districtId: 'centre', entry: revised },
        metadata,
        facts: { centre },
      })
      .then([
        {
          type: 'CatalogueEntryRevised',
          data: { districtId: 'centre', entry: revised, by: 'centre-admin', at: now },
        },
      ])
    given([published]).when(retire('health')).then([retired])
    given([published, retired]).when(retire('health')).thenFails({
      type: 'CatalogueEntryNotActive',
      districtId: 'centre',
      code: 'health',
      closest: [],
    })
    given([published])
      .when(retire('helth'))
      .thenFails({
        type: 'CatalogueEntryUnknown',
        districtId: 'centre',
        code: 'helth',
        closest: ['health'],
      })
  })
})
