import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Authenticator } from './authenticate.js'
import { httpProblem, isHttpProblem } from './problem-details.js'
import { isLoopback } from './loopback.js'
import type { FailedAuthenticationLimit } from './rate-limits.js'

/** IPs refused for too many failed authentications kept at once (the oldest go first). */
const MAX_BLOCKED = 10_000

const tooManyFailures = (retryAfter: number) =>
  httpProblem(
    429,
    'too-many-failed-authentications',
    'Too many failed authentications',
    '认证失败次数过多，请稍后再试 / Too many failed authentications from this address; try again later',
    { retryAfter },
  )

/**
 * The `onRequest` hook that authenticates every route but `isOpen` ones: the principal on the
 * request and (with `logPrincipal`) its id and role in every log line of the request, never the
 * token or a personal field. Failed authentications are counted per IP by `@fastify/rate-limit`;
 * past `failures.max` in `failures.windowMs` the IP gets 429 with `Retry-After`, whatever it sends.
 * A request that authenticates pays one map lookup, and only while some IP is refused.
 */
export const authenticationHook = (
  app: FastifyInstance,
  options: {
    authenticate: Authenticator
    isOpen: (request: FastifyRequest) => boolean
    failures: FailedAuthenticationLimit | false
    logPrincipal: boolean
    now: () => number
  },
) => {
  const { authenticate, isOpen, failures, logPrincipal, now } = options
  const countFailure =
    failures === false
      ? undefined
      : app.createRateLimit({ max: failures.max, timeWindow: failures.windowMs })
  const blocked = new Map<string, number>()
  const exempt = (ip: string): boolean =>
    failures !== false && failures.exemptLoopback !== false && isLoopback(ip)

  const refuseBlocked = (ip: string): void => {
    const until = blocked.get(ip)
    if (until === undefined) return
    const left = until - now()
    if (left <= 0) blocked.delete(ip)
    else throw tooManyFailures(Math.ceil(left / 1000))
  }

  const failed = async (request: FastifyRequest, error: unknown): Promise<never> => {
    if (
      countFailure !== undefined &&
      isHttpProblem(error) &&
      error.problem.status === 401 &&
      !exempt(request.ip)
    ) {
      const limit = await countFailure(request)
      if (!limit.isAllowed && limit.isExceeded) {
        if (blocked.size >= MAX_BLOCKED) blocked.delete(blocked.keys().next().value ?? '')
        blocked.set(request.ip, now() + limit.ttl)
        throw tooManyFailures(limit.ttlInSeconds)
      }
    }
    throw error
  }

  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('x-request-id', request.id)
    if (request.method === 'OPTIONS' || isOpen(request)) return
    if (blocked.size > 0) refuseBlocked(request.ip)
    let principal
    try {
      principal = authenticate(request.headers.authorization)
    } catch (error) {
      return failed(request, error)
    }
    request.principal = principal
    if (logPrincipal) {
      const log = request.log.child({ principal: { id: principal.id, role: principal.role } })
      request.log = log
      reply.log = log
    }
    return Promise.resolve()
  }
}
