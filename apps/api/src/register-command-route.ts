import { hash, randomUUID } from 'node:crypto'
import type { Tracer } from '@opentelemetry/api'
import type { FastifyInstance, FastifyReply, preHandlerAsyncHookHandler } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ApiMetrics } from './api-metrics.js'
import type { ApiDependencies, CommandInput, CommandRoute } from './command-route.js'
import { commandTelemetry } from './command-telemetry.js'
import { sendProblem } from './error-handler.js'
import { formatEtag, parseIfMatch } from './etag.js'
import type { IdempotencyCache, StoredResponse } from './idempotency-cache.js'
import type { IdempotencyKeys } from './idempotency-keys.js'
import { percentEncodePath } from './percent-encode-path.js'
import { httpProblem, problemType } from './problem-details.js'
import { requirePrincipal } from './request-principal.js'
import { refusalLanguage, refusalSentence } from './refusal-sentences.js'
import { requireRole } from './require-role.js'

/** A refusal's readable reason and field when the domain gives them (`field: 中文 / English`). */
const refusalDetail = (error: { type: string } & Record<string, unknown>): string | undefined => {
  const reason = error['reason'] as { zh?: unknown; en?: unknown } | undefined
  if (typeof reason?.zh !== 'string' || typeof reason.en !== 'string') return undefined
  const field = typeof error['field'] === 'string' ? `${error['field']}: ` : ''
  return `${field}${reason.zh} / ${reason.en}`
}

/** The headers every command accepts: `Idempotency-Key` and `If-Match`. */
export const commandHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1-200 visible ASCII characters')
    .optional()
    .describe('Retries with the same key return the first response and append nothing'),
  'if-match': z
    .string()
    .optional()
    .describe('The ETag (stream revision) the client last saw; a stale one gives 412'),
})

const successSchema = z.object({
  streamName: z.string(),
  revision: z.number().int(),
  events: z.array(z.object({ type: z.string(), data: z.unknown() })),
})

type Success = z.output<typeof successSchema>

/**
 * The success body as `successSchema` encodes it (events as type and data only), without a zod
 * pass over every event of every response.
 */
const serializeSuccess = (success: Success): string =>
  JSON.stringify({
    streamName: success.streamName,
    revision: success.revision,
    events: success.events.map((event) => ({ type: event.type, data: event.data })),
  })

const fingerprint = (method: string, url: string, body: unknown, ifMatch: unknown): string =>
  hash('sha256', JSON.stringify([method, url, body ?? null, ifMatch ?? null]))

const sendStored = (reply: FastifyReply, stored: StoredResponse, replayed: boolean): FastifyReply =>
  reply
    .code(stored.statusCode)
    .headers(replayed ? { ...stored.headers, 'idempotent-replayed': 'true' } : stored.headers)
    .send(stored.body)

/** Registers one command as a POST with validation, role and scope checks, idempotency and ETags. */
export const registerCommandRoute = (
  app: FastifyInstance,
  route: CommandRoute,
  deps: ApiDependencies & {
    idempotency: IdempotencyCache
    /** Keys beyond the cache: across restarts and evictions, for their window. */
    idempotencyKeys: IdempotencyKeys
    onAppended?: (eventCount: number) => void
    tracer: Tracer
    metrics?: ApiMetrics
    /** The limit of writes per principal, when one is configured. */
    writeLimit?: preHandlerAsyncHookHandler
  },
): void => {
  const successStatus = route.successStatus ?? 200
  const observe = commandTelemetry(route.operationId, deps.tracer, deps.metrics)
  // Under a prefix (the API registered into a host app), `Location` points under it too.
  const { prefix } = app
  app.withTypeProvider<ZodTypeProvider>().route({
    method: 'POST',
    url: route.url,
    onRequest: requireRole(route.roles),
    ...(deps.writeLimit === undefined ? {} : { preHandler: deps.writeLimit }),
    // Command answers are small: no compression hooks on the write path.
    compress: false,
    // An action POST without a body means the same as `{}`.
    preValidation: (request, _reply, done) => {
      request.body ??= {}
      done()
    },
    schema: {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description === undefined ? {} : { description: route.description }),
      tags: [route.tag],
      security: [{ bearer: [] }],
      params: route.params,
      body: route.body,
      headers: commandHeadersSchema,
      response: { [successStatus]: successSchema },
    },
    serializerCompiler: () => (data) => serializeSuccess(data as Success),
    handler: async (request, reply) => {
      const principal = requirePrincipal(request)
      const expectedRevision = parseIfMatch(request.headers['if-match'])
      const key = request.headers['idempotency-key']
      const input: CommandInput<unknown, unknown> = {
        params: request.params,
        body: request.body,
        principal,
        now: deps.clock(),
        context: {
          commandId: key === undefined ? randomUUID() : `${principal.id}:${key}`,
          metadata: { actor: { id: principal.id, role: principal.role }, requestId: request.id },
          ...(expectedRevision === undefined ? {} : { expectedRevision }),
        },
      }
      if (route.authorize !== undefined && !(await route.authorize(input, deps))) {
        throw httpProblem(
          403,
          'forbidden',
          'Outside your scope',
          `${principal.id} may not do this here`,
        )
      }
      const run = async (): Promise<StoredResponse> => {
        const outcome = await observe(() => route.execute(input, deps))
        if (!outcome.ok) {
          return {
            statusCode: 409,
            headers: { 'content-type': 'application/problem+json; charset=utf-8' },
            body: {
              type: problemType(`refusal:${outcome.error.type}`),
              title: 'The command was refused',
              status: 409,
              detail:
                refusalDetail(outcome.error) ??
                refusalSentence(outcome.error, refusalLanguage(request.headers['accept-language'])),
              refusal: outcome.error,
              instance: request.url,
            },
          }
        }
        if (outcome.events.length > 0) deps.onAppended?.(outcome.events.length)
        return {
          statusCode: successStatus,
          headers: {
            etag: formatEtag(outcome.revision),
            ...(outcome.location === undefined
              ? {}
              : { location: `${prefix}${percentEncodePath(outcome.location)}` }),
          },
          body: {
            streamName: outcome.streamName,
            revision: outcome.revision,
            events: outcome.events,
          },
        }
      }
      if (key === undefined) return sendStored(reply, await run(), false)

      const id = input.context.commandId
      const print = fingerprint(
        request.method,
        request.url,
        request.body,
        request.headers['if-match'],
      )
      const reused = (): FastifyReply =>
        sendProblem(
          reply,
          {
            type: problemType('idempotency-key-reused'),
            title: 'Idempotency-Key already used for another request',
            status: 422,
            detail: 'Send a new Idempotency-Key for a different request',
          },
          request,
        )
      for (;;) {
        const found = deps.idempotency.lookup(id, print)
        if (found.kind === 'conflict') return reused()
        if (found.kind === 'hit') {
          const stored = await found.response.catch(() => undefined)
          if (stored !== undefined) return sendStored(reply, stored, true)
          continue
        }
        try {
          // Not in the cache (new, or from before a restart or an eviction): the kept keys know.
          const kept = await deps.idempotencyKeys.find(id, input.now.getTime())
          if (kept !== undefined && kept.fingerprint !== print) {
            found.settle(undefined)
            return reused()
          }
          if (kept !== undefined) {
            const stored = JSON.parse(kept.response) as StoredResponse
            found.settle(stored)
            return sendStored(reply, stored, true)
          }
          const stored = await run()
          await deps.idempotencyKeys.save({
            key: id,
            fingerprint: print,
            response: JSON.stringify(stored),
            recordedAt: input.now.getTime(),
          })
          found.settle(stored)
          return sendStored(reply, stored, false)
        } catch (error) {
          found.settle(undefined)
          throw error
        }
      }
    },
  })
}
