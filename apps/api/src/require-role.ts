import type { FastifyRequest } from 'fastify'
import type { Role } from './principal.js'
import { httpProblem } from './problem-details.js'
import { requirePrincipal } from './request-principal.js'

/** An `onRequest` hook that lets through only principals with one of `roles` (else 403). */
export const requireRole =
  (roles: readonly Role[]) =>
  async (request: FastifyRequest): Promise<void> => {
    const principal = requirePrincipal(request)
    if (!roles.includes(principal.role)) {
      throw httpProblem(
        403,
        'forbidden',
        'Role not allowed',
        `The ${principal.role} role may not do this; allowed: ${roles.join(', ')}`,
      )
    }
    return Promise.resolve()
  }
