import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { ApiDependencies } from './command-route.js'
import { formatEtag } from './etag.js'
import { httpProblem } from './problem-details.js'
import { ifNoneMatchHits } from './serialized-json.js'
import type { Principal } from './principal.js'
import type { QueryRoute } from './query-route.js'
import { requirePrincipal } from './request-principal.js'
import { requireRole } from './require-role.js'
import { readErrorResponses } from './routes/read-schemas.js'

/** Who a public route's input names: nobody with any scope. */
const anonymous: Principal = { id: 'anonymous', role: 'resident', sites: [], teams: [] }

/** Registers one read as a GET; freshness travels in `X-Projection-Checkpoint` and `-Behind`. */
export const registerQueryRoute = (
  app: FastifyInstance,
  route: QueryRoute,
  deps: ApiDependencies,
): void => {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: 'GET',
    url: route.url,
    ...(route.public === true ? {} : { onRequest: requireRole(route.roles) }),
    schema: {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description === undefined ? {} : { description: route.description }),
      ...(route.response === undefined
        ? {}
        : { response: { 200: route.response, ...readErrorResponses } }),
      tags: [route.tag],
      security: route.public === true ? [] : [{ bearer: [] }],
      params: route.params,
      querystring: route.query,
    },
    handler: async (request, reply) => {
      const input = {
        params: request.params,
        query: request.query,
        principal: route.public === true ? anonymous : requirePrincipal(request),
      }
      if (route.authorize !== undefined && !(await route.authorize(input, deps))) {
        throw httpProblem(
          403,
          'forbidden',
          'Outside your scope',
          `${input.principal.id} may not read this`,
        )
      }
      const result = await route.execute(input, deps)
      if (result.etag !== undefined) void reply.header('etag', result.etag)
      else if (result.revision !== undefined) void reply.header('etag', formatEtag(result.revision))
      if (result.freshness !== undefined) {
        void reply.headers({
          'x-projection-checkpoint': String(result.freshness.checkpoint),
          'x-projection-behind': String(result.freshness.behind),
        })
      }
      if (
        result.etag !== undefined &&
        ifNoneMatchHits(request.headers['if-none-match'], result.etag)
      ) {
        return reply.code(304).send()
      }
      if (result.contentType !== undefined) void reply.type(result.contentType)
      return reply.send(result.body)
    },
  })
}
