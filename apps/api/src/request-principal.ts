import type { FastifyRequest } from 'fastify'
import type { Principal } from './principal.js'
import { httpProblem } from './problem-details.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated principal, set by the authentication hook on protected routes. */
    principal: Principal | null
  }
}

/** The request's principal; a 401 when the route ran without authentication. */
export const requirePrincipal = (request: FastifyRequest): Principal => {
  if (request.principal === null) {
    throw httpProblem(401, 'unauthenticated', 'Authentication required')
  }
  return request.principal
}
