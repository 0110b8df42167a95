import type { CatalogueEvent } from '../../catalogue/events.js'
import { catalogueEntry } from '../catalogue-builders.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** The centre's 服务菜单 entry `health`. */
export const catalogueEventDefaults: EventDefaults<CatalogueEvent> = {
  CatalogueEntryPublished: {
    districtId: ids.districtId,
    entry: catalogueEntry('health'),
    by: ids.actorId,
    at,
  },
  CatalogueEntryRevised: {
    districtId: ids.districtId,
    entry: catalogueEntry('health', { description: '每周三上午' }),
    by: ids.actorId,
    at,
  },
  CatalogueEntryRetired: {
    districtId: ids.districtId,
    code: 'health',
    reason: '',
    by: ids.actorId,
    at,
  },
}
