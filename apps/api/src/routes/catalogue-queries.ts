import { closestEntries, type WenmingDomain } from '@wenming/domain'
import { networkDirectory, querySites } from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import { httpProblem } from '../problem-details.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { readId } from './read-params.js'
import { menuService, serviceMenu } from './service-menu.js'

const district = z.strictObject({
  district: readId
    .optional()
    .describe('The district (its centre’s site id); may be left out where the store holds one'),
})

/**
 * The district a menu read names, or the only centre the network directory knows; a store of
 * several districts needs `?district=`.
 */
const districtOf = (live: LiveProjections, named: string | undefined): string => {
  if (named !== undefined) return named
  const centres = querySites(live.runner.readModel(networkDirectory), { level: 'center' }).items
  const [only] = centres
  if (only === undefined || centres.length > 1) {
    throw httpProblem(
      400,
      'district-needed',
      'Name the district',
      centres.length === 0
        ? 'No district is registered yet'
        : `This store holds ${centres.length} districts: add ?district= with a centre's id`,
    )
  }
  return only.siteId
}

/**
 * The public 服务菜单 (S1): every active entry of the district's catalogue with its questions,
 * grouped by platform, and one entry by its code; no token needed. Read from the catalogue's own
 * stream, so an entry just published shows at once.
 */
export const catalogueQueryRoutes = (
  domain: WenmingDomain,
  live: LiveProjections,
): QueryRoute[] => [
  queryRoute({
    url: '/services',
    operationId: 'listServices',
    summary:
      'The district’s 服务菜单: active entries with their questions, grouped by platform (S1)',
    tag: 'catalogue',
    description:
      'Public (no token). Each entry: code, Chinese name, description, platform, its questions (Open311-style attributes: code, description, datatype, required, values, order) and who may order it (residents, or staff only).',
    params: z.object({}),
    query: district,
    roles: [],
    public: true,
    execute: async ({ query }, { store }) => {
      const districtId = districtOf(live, query.district)
      return { body: serviceMenu(districtId, await domain.readCatalogue(store, districtId)) }
    },
  }),
  queryRoute({
    url: '/services/:code',
    operationId: 'getService',
    summary: 'One entry of the 服务菜单 with its questions, active or retired (S1)',
    tag: 'catalogue',
    params: z.strictObject({ code: readId }),
    query: district,
    roles: [],
    public: true,
    execute: async ({ params, query }, { store }) => {
      const districtId = districtOf(live, query.district)
      const catalogue = await domain.readCatalogue(store, districtId)
      const item = catalogue.items[params.code]
      if (item === undefined) {
        const closest = closestEntries(catalogue, params.code)
        throw httpProblem(
          404,
          'not-found',
          'Service not found',
          closest.length === 0
            ? `No service ${params.code} in the catalogue`
            : `No service ${params.code} in the catalogue; the closest: ${closest.join(', ')}`,
          { closest },
        )
      }
      return { body: { districtId, ...menuService(item) } }
    },
  }),
]
