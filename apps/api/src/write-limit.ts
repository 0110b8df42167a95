import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import { httpProblem } from './problem-details.js'
import type { RateLimit } from './rate-limits.js'

/**
 * A `preHandler` of every command route that counts the principal's writes with
 * `@fastify/rate-limit` and refuses one past `limit.max` in `limit.windowMs` with 429 problem
 * details and `Retry-After`. Reads are not counted.
 */
export const writeLimit = (app: FastifyInstance, limit: RateLimit): preHandlerAsyncHookHandler => {
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: (request: FastifyRequest) => `principal:${request.principal?.id ?? request.ip}`,
  })
  return async (request) => {
    const result = await check(request)
    if (result.isAllowed || !result.isExceeded) return
    throw httpProblem(
      429,
      'too-many-writes',
      'Too many commands',
      `命令过于频繁，请 ${result.ttlInSeconds} 秒后再试 / At most ${result.max} commands per ${Math.round(result.timeWindow / 1000)} s; try again in ${result.ttlInSeconds} s`,
      { retryAfter: result.ttlInSeconds },
    )
  }
}
