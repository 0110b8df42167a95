import { SpanStatusCode, type Tracer } from '@opentelemetry/api'
import type { ApiMetrics } from './api-metrics.js'
import type { CommandOutcome } from './command-route.js'

/** Runs one command inside its span and counts and times its outcome. */
export type CommandTelemetry = (execute: () => Promise<CommandOutcome>) => Promise<CommandOutcome>

/**
 * The telemetry of one command type, bound at registration: per command, one span (a no-op
 * without an OpenTelemetry SDK), one counter increment and one histogram observation. The span is
 * `command <operationId>` with the command type, outcome and refusal type: never a field of the
 * command's body or the principal's token.
 */
export const commandTelemetry = (
  commandType: string,
  tracer: Tracer,
  metrics: ApiMetrics | undefined,
): CommandTelemetry => {
  const meter = metrics?.command(commandType)
  const name = `command ${commandType}`
  const attributes = { 'wenming.command': commandType }
  return (execute) =>
    tracer.startActiveSpan(name, { attributes }, async (span) => {
      const started = performance.now()
      try {
        const outcome = await execute()
        const seconds = (performance.now() - started) / 1000
        if (outcome.ok) {
          meter?.accepted(seconds)
          if (span.isRecording()) {
            span.setAttributes({
              'wenming.outcome': 'accepted',
              'wenming.event_count': outcome.events.length,
              'wenming.revision': outcome.revision,
            })
          }
        } else {
          meter?.refused(outcome.error.type, seconds)
          if (span.isRecording()) {
            span.setAttributes({
              'wenming.outcome': 'refused',
              'wenming.refusal': outcome.error.type,
            })
          }
        }
        return outcome
      } catch (error) {
        meter?.failed((performance.now() - started) / 1000)
        span.setAttributes({
          'wenming.outcome': 'error',
          'error.type': error instanceof Error ? error.name : 'unknown',
        })
        span.setStatus({ code: SpanStatusCode.ERROR })
        throw error
      } finally {
        span.end()
      }
    })
}
