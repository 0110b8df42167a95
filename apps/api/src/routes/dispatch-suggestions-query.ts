import { idSchema, rankDispatchCandidates, type WenmingDomain } from '@wenming/domain'
import {
  dispatchCandidates,
  networkDirectory,
  queryDispatchCandidates,
  queryDispatchOrderFacts,
} from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import { actsForHolder } from '../order-holder-scope.js'
import { httpProblem } from '../problem-details.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { describeSuggestions } from './describe-suggestions.js'

/**
 * `GET /orders/:orderId/dispatch-suggestions`: the teams ranked for an open request order, for
 * whoever may dispatch it (O8): the centre dispatcher, or the admin of the station or institute
 * that holds the order now, the same check as the dispatch itself. The ranking stays within the
 * holder's reach; teams beyond it are listed as excluded (`BeyondHolderReach`), never ranked.
 */
export const dispatchSuggestionsRoute = (
  domain: WenmingDomain,
  live: LiveProjections,
): QueryRoute =>
  queryRoute({
    url: '/orders/:orderId/dispatch-suggestions',
    operationId: 'dispatchSuggestions',
    summary: 'Teams ranked for dispatching an open request order, each with the reasons why',
    description:
      'Open to whoever may dispatch the order (O8): the centre dispatcher, and the station or ' +
      'institute admin whose level holds the order now and who manages the holding site. Anyone ' +
      'else, admins of other sites or of another level included, gets a 403 problem. Only teams ' +
      'within the holder’s reach are ranked (a station: its own teams; an institute: those, its ' +
      'clusters’ pools and its stations’ teams; the centre: the district); the others are listed ' +
      'under `excluded` with their reasons (`BeyondHolderReach`, `OutOfReach`, ...).',
    tag: 'orders',
    params: z.strictObject({ orderId: idSchema }),
    query: z.strictObject({}),
    roles: ['centre-dispatcher', 'institute-admin', 'station-admin'],
    authorize: ({ principal, params }, { store }) =>
      actsForHolder(domain, store, principal, params.orderId),
    execute: ({ params }) => {
      const model = live.runner.readModel(dispatchCandidates)
      const facts = queryDispatchOrderFacts(model, params.orderId)
      if (facts === undefined) {
        throw httpProblem(
          404,
          'not-found',
          'No open request order',
          `No open order ${params.orderId}`,
        )
      }
      return Promise.resolve({
        body: describeSuggestions(
          rankDispatchCandidates(facts, queryDispatchCandidates(model)),
          (teamId) => live.runner.readModel(networkDirectory).teams.get(teamId)?.name,
        ),
        freshness: live.freshness(dispatchCandidates.name),
      })
    },
  })
