import type { z } from 'zod'
import { CliUsageError } from './cli-error.js'
import type { ConfigField } from './config-field.js'

/** What the command line gave: a string for an option with a value, `true` for a switch. */
export type ConfigFlags = Readonly<Record<string, string | boolean | undefined>>

type Source = { name: string; raw: string | boolean; secret: boolean }

const describe = (source: Source): string => {
  if (source.secret) return source.name
  if (source.name.startsWith('--'))
    return source.raw === true ? source.name : `${source.name} '${String(source.raw)}'`
  return `${source.name}=${String(source.raw)}`
}

/**
 * Parses options with `schema`, each taken from its flag when given, else from its environment
 * variable (flags beat the environment; an empty variable counts as unset). A wrong value is a
 * usage error of one line that names the flag or the variable it came from.
 */
export const resolveConfig = <Schema extends z.ZodType>(
  schema: Schema,
  fields: Readonly<Record<string, ConfigField>>,
  flags: ConfigFlags,
  env: NodeJS.ProcessEnv,
): z.output<Schema> => {
  const raw: Record<string, string | boolean> = {}
  const sources = new Map<string, Source>()
  for (const [key, field] of Object.entries(fields)) {
    const flag = flags[key]
    const fromEnv = env[field.env]
    const secret = field.secret === true
    if (flag !== undefined) {
      raw[key] = flag
      sources.set(key, { name: field.flag, raw: flag, secret })
    } else if (fromEnv !== undefined && fromEnv !== '') {
      raw[key] = fromEnv
      sources.set(key, { name: field.env, raw: fromEnv, secret })
    }
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const key = String(issue?.path[0] ?? '')
  const source = sources.get(key)
  const field = fields[key]
  const what = source !== undefined ? describe(source) : (field?.flag ?? key) || 'the configuration'
  throw new CliUsageError(`${what} is invalid: ${issue?.message ?? 'not allowed'}`)
}
