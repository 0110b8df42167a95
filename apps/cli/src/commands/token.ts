import { issueToken, principalSchema, type Principal } from '@wenming/api'
import { CliUsageError } from '../cli-error.js'
import type { CliIo } from '../main.js'

export type TokenOptions = {
  tokens: string | undefined
  id: string | undefined
  role: string | undefined
  sites: string | undefined
  teams: string | undefined
  days: number | undefined
}

const list = (value: string | undefined): string[] =>
  value === undefined
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)

/** `wenming token`: adds a new bearer token (hashed, with an expiry) to a tokens file and prints it once. */
export const runToken = async (options: TokenOptions, io: CliIo): Promise<number> => {
  if (options.tokens === undefined) throw new CliUsageError('token needs --tokens <file>')
  const parsed = principalSchema.safeParse({
    id: options.id,
    role: options.role,
    sites: list(options.sites),
    teams: list(options.teams),
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CliUsageError(
      `token needs --id <principal> and --role <role>: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    )
  }
  const principal: Principal = parsed.data
  const { token, expiresAt } = await issueToken(options.tokens, principal, {
    ...(options.days === undefined ? {} : { days: options.days }),
  })
  io.err(
    `Added a token for ${principal.id} (${principal.role}) to ${options.tokens}, valid until ${expiresAt}.\n`,
  )
  io.err('It is shown once and stored only as its SHA-256:\n')
  io.out(`${token}\n`)
  return 0
}
