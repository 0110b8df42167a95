import type { EventStore } from '@wenming/event-store'
import type { FastifyInstance } from 'fastify'
import { sendProblem } from './error-handler.js'
import { problemType } from './problem-details.js'

/** Extra readiness: resolves with what is ready, or a reason why the API is not ready yet. */
export type ReadinessCheck = () => Promise<
  { ready: true; detail?: Record<string, unknown> } | { ready: false; reason: string }
>

/** `/health` (the process answers) and `/ready` (the store answers and `readiness` passes). */
export const registerHealthRoutes = (
  app: FastifyInstance,
  store: EventStore,
  readiness?: ReadinessCheck,
): void => {
  app.get('/health', { schema: { hide: true } }, () => ({ status: 'ok' }))
  app.get('/ready', { schema: { hide: true } }, async (request, reply) => {
    try {
      for await (const _event of store.readAll({ maxCount: 1 })) break
    } catch (error) {
      request.log.warn({ err: error }, 'store not ready')
      return sendProblem(reply, {
        type: problemType('not-ready'),
        title: 'Not ready',
        status: 503,
        detail: 'The event store does not answer',
      })
    }
    const check = readiness === undefined ? { ready: true as const } : await readiness()
    if (!check.ready) {
      return sendProblem(reply, {
        type: problemType('not-ready'),
        title: 'Not ready',
        status: 503,
        detail: check.reason,
      })
    }
    return { status: 'ready', ...('detail' in check ? check.detail : {}) }
  })
}
