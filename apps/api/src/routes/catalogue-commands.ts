import {
  catalogueStream,
  publishCatalogueEntrySchema,
  retireCatalogueEntrySchema,
  reviseCatalogueEntrySchema,
  type WenmingDomain,
} from '@wenming/domain'
import type { CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'

const tag = 'catalogue'
const stream = (data: { districtId: string }): string => catalogueStream(data.districtId)

/** The centre edits its district's service catalogue (服务菜单): publish, revise, retire (S1-S3). */
export const catalogueCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  domainCommandRoute({
    url: '/catalogue/:districtId/entries',
    operationId: 'publishCatalogueEntry',
    summary:
      'The centre publishes an entry of its district’s 服务菜单, with its questions (S1, S3)',
    tag,
    schema: publishCatalogueEntrySchema,
    fromParams: ['districtId'],
    roles: ['centre-dispatcher'],
    handle: domain.handleCatalogueCommand,
    stream,
    location: (data) => `/services/${data.entry.code}`,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/catalogue/:districtId/revisions',
    operationId: 'reviseCatalogueEntry',
    summary: 'The centre revises an active entry of its district’s catalogue (S1)',
    tag,
    schema: reviseCatalogueEntrySchema,
    fromParams: ['districtId'],
    roles: ['centre-dispatcher'],
    handle: domain.handleCatalogueCommand,
    stream,
    location: (data) => `/services/${data.entry.code}`,
  }),
  domainCommandRoute({
    url: '/catalogue/:districtId/entries/:code/retire',
    operationId: 'retireCatalogueEntry',
    summary: 'The centre retires an entry: no new request names it (S1)',
    tag,
    schema: retireCatalogueEntrySchema,
    fromParams: ['districtId', 'code'],
    roles: ['centre-dispatcher'],
    handle: domain.handleCatalogueCommand,
    stream,
    location: (data) => `/services/${data.code}`,
  }),
]
