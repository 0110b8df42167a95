import { randomBytes } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { authConfigSchema } from './auth-config.js'
import type { Principal } from './principal.js'
import { tokenDigest } from './token-digest.js'

/** How long a token issued by `wenming token` lasts unless told otherwise. */
export const DEFAULT_TOKEN_DAYS = 90

const DAY_MS = 24 * 60 * 60 * 1000

const readTokens = async (path: string): Promise<unknown[]> => {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const parsed = authConfigSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`Invalid token file ${path}: ${parsed.error.message}`)
  return (JSON.parse(text) as { tokens: unknown[] }).tokens
}

/**
 * Makes a new random bearer token for `principal` and adds it to the tokens file (created if
 * missing) as its SHA-256 with its expiry; the token itself is only returned, never stored.
 *
 * @example
 * const { token } = await issueToken('tokens.json', { id: 'u-1', role: 'auditor', sites: [], teams: [] })
 */
export const issueToken = async (
  path: string,
  principal: Principal,
  options: { now?: Date; days?: number } = {},
): Promise<{ token: string; expiresAt: string }> => {
  const now = options.now ?? new Date()
  const days = options.days ?? DEFAULT_TOKEN_DAYS
  if (!(days > 0)) throw new Error(`A token must last a positive number of days, got ${days}`)
  const token = `wm_${randomBytes(32).toString('base64url')}`
  const expiresAt = new Date(now.getTime() + days * DAY_MS).toISOString()
  const tokens = await readTokens(path)
  tokens.push({ tokenSha256: tokenDigest(token), principal, expiresAt })
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify({ tokens }, null, 2)}\n`, { mode: 0o600 })
  await rename(temporary, path)
  return { token, expiresAt }
}
