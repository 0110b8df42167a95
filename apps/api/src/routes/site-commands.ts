import {
  clearSiteWeakMarkSchema,
  closeSiteSchema,
  markSiteWeakSchema,
  registerSiteSchema,
  renameSiteSchema,
  siteStream,
  type WenmingDomain,
} from '@wenming/domain'
import type { CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'
import { managesSite } from '../scope.js'

const tag = 'sites'
const stream = (data: { siteId: string }): string => siteStream(data.siteId)
const location = (data: { siteId: string }): string => `/sites/${data.siteId}`

/** Site commands: register (institute admins under their site), rename, close, mark weak. */
export const siteCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  domainCommandRoute({
    url: '/sites',
    operationId: 'registerSite',
    summary: 'Registers a site one level below its parent (实践所、站、点)',
    tag,
    schema: registerSiteSchema,
    fromParams: [],
    generatedId: 'siteId',
    roles: ['centre-dispatcher', 'institute-admin'],
    authorize: (principal, data) =>
      Promise.resolve(
        (data.parentId !== null && managesSite(principal, data.parentId)) ||
          principal.role === 'centre-dispatcher',
      ),
    handle: domain.handleSiteCommand,
    stream,
    location,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/sites/:siteId/rename',
    operationId: 'renameSite',
    summary: 'Renames a site',
    tag,
    schema: renameSiteSchema,
    fromParams: ['siteId'],
    roles: ['centre-dispatcher', 'institute-admin', 'station-admin'],
    authorize: (principal, data) => Promise.resolve(managesSite(principal, data.siteId)),
    handle: domain.handleSiteCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/sites/:siteId/close',
    operationId: 'closeSite',
    summary: 'Closes a site',
    tag,
    schema: closeSiteSchema,
    fromParams: ['siteId'],
    roles: ['centre-dispatcher', 'institute-admin', 'station-admin'],
    authorize: (principal, data) => Promise.resolve(managesSite(principal, data.siteId)),
    handle: domain.handleSiteCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/sites/:siteId/mark-weak',
    operationId: 'markSiteWeak',
    summary: 'Marks a station weak (薄弱村、社区), to be supported through a cluster',
    tag,
    schema: markSiteWeakSchema,
    fromParams: ['siteId'],
    roles: ['centre-dispatcher'],
    handle: domain.handleSiteCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/sites/:siteId/clear-weak-mark',
    operationId: 'clearSiteWeakMark',
    summary: 'Clears the weak mark of a station',
    tag,
    schema: clearSiteWeakMarkSchema,
    fromParams: ['siteId'],
    roles: ['centre-dispatcher'],
    handle: domain.handleSiteCommand,
    stream,
    location,
  }),
]
