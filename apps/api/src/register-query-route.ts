import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { ApiDependencies } from './command-route.js'
import { formatEtag } from './etag.js'
import { httpProblem } from './problem-details.js'
import { ifNoneMatchHits } from './serialized-json.js'
import type { QueryRoute } from './query-route.js'
import { requirePrincipal } from './request-principal.js'
import { requireRole } from './require-role.js'

/** Registers one read as a GET; freshness travels in `X-Projection-Checkpoint` and `-Behind`. */
export const registerQueryRoute = (
  app: FastifyInstance,
  route: QueryRoute,
  deps: ApiDependencies,
): void => {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: 'GET',
    url: route.url,
    onRequest: requireRole(route.roles),
    schema: {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description === undefined ? {} : { description: route.description }),
      tags: [route.tag],
      security: [{ bearer: [] }],
      params: route.params,
      querystring: route.query,
    },
    handler: async (request, reply) => {
      const input = {
        params: request.params,
        query: request.query,
        principal: requirePrincipal(request),
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
