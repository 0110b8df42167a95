import { isWrongExpectedRevisionError } from '@wenming/event-store'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { storeFaultProblem } from './store-fault-problem.js'
import { isHttpProblem, problemType, type ProblemDetails } from './problem-details.js'

const PROBLEM_JSON = 'application/problem+json; charset=utf-8'

/** Sends problem details with their status and the problem+json media type. */
export const sendProblem = (
  reply: FastifyReply,
  problem: ProblemDetails,
  request?: FastifyRequest,
): FastifyReply => {
  if (problem.status === 401) void reply.header('www-authenticate', 'Bearer')
  if (typeof problem['retryAfter'] === 'number') {
    void reply.header('retry-after', String(problem['retryAfter']))
  }
  return reply
    .code(problem.status)
    .type(PROBLEM_JSON)
    .send({
      ...problem,
      ...(request === undefined ? {} : { instance: request.url, requestId: request.id }),
    })
}

const fieldPath = (instancePath: string): string =>
  instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.')

/** Maps what a request can throw to RFC 9457 problem details; only real faults become a 500. */
export const problemFromError = (error: unknown): ProblemDetails => {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body'
    const errors = error.validation.map((issue) => ({
      in: context,
      field: fieldPath(issue.instancePath),
      message: issue.message ?? 'is invalid',
    }))
    const first = errors[0]
    return {
      type: problemType('validation-error'),
      title: 'The request is malformed',
      status: 400,
      detail:
        first === undefined
          ? 'The request is malformed'
          : `${first.in}${first.field === '' ? '' : `.${first.field}`}: ${first.message}`,
      errors,
    }
  }
  if (isHttpProblem(error)) return error.problem
  if (isWrongExpectedRevisionError(error)) {
    return {
      type: problemType('stale-revision'),
      title: 'The resource has changed',
      status: 412,
      detail: `If-Match expected revision ${String(error.expectedRevision)}, the resource is at ${String(error.actualRevision)}`,
      expectedRevision: error.expectedRevision,
      actualRevision: error.actualRevision,
    }
  }
  const storeFault = storeFaultProblem(error)
  if (storeFault !== undefined) return storeFault
  const status = (error as Partial<FastifyError>).statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const fastifyError = error as FastifyError
    return {
      type: problemType((fastifyError.code ?? 'bad-request').toLowerCase().replace(/_/g, '-')),
      title: 'The request cannot be processed',
      status,
      detail: fastifyError.message,
    }
  }
  return {
    type: problemType('internal-error'),
    title: 'Internal server error',
    status: 500,
    detail: 'An unexpected fault occurred; it has been logged with the request id',
  }
}

/** Fastify error handler: problem details for every error, server faults logged. */
export const errorHandler = (
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply => {
  const problem = problemFromError(error)
  // Fastify closes the connection after a 413 while the client may still be sending, and closing
  // with unread bytes resets it before it reads the 413. Kept open, Node discards the rest of the
  // body (within the request timeout) and the client reads its answer.
  if (problem.status === 413) void reply.removeHeader('connection')
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed')
  else request.log.info({ problem: problem.type, status: problem.status }, 'request refused')
  return sendProblem(reply, problem, request)
}
