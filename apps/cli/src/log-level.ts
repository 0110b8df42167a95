import { z } from 'zod'
import { CliUsageError } from './cli-error.js'

/** The environment `serve` reads beyond its options (which commander takes from their variables). */
const serveEnvironmentSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

/** The log level from `LOG_LEVEL` (default `info`); a usage error naming the variable otherwise. */
export const logLevelFromEnvironment = (environment: NodeJS.ProcessEnv): string => {
  const parsed = serveEnvironmentSchema.safeParse(environment)
  if (parsed.success) return parsed.data.LOG_LEVEL
  const issue = parsed.error.issues[0]
  const name = String(issue?.path[0] ?? 'environment')
  throw new CliUsageError(
    `${name}=${String(environment[name])} is invalid: ${issue?.message ?? 'not allowed'}`,
  )
}
