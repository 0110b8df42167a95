import { timingSafeEqual } from 'node:crypto'
import type { AuthConfig } from './auth-config.js'
import type { Principal } from './principal.js'
import { httpProblem } from './problem-details.js'
import { tokenDigest } from './token-digest.js'

/** Resolves an `Authorization` header to its principal, or throws a 401 problem. */
export type Authenticator = (header: string | undefined) => Principal

const unauthenticated = (detail: string) =>
  httpProblem(401, 'unauthenticated', 'Authentication required', detail)

/**
 * Builds an authenticator over the token file: tokens are compared by SHA-256 digest in constant
 * time, and refused after their `expiresAt` by `clock`.
 */
export const createAuthenticator = (
  config: AuthConfig,
  clock: () => Date = () => new Date(),
): Authenticator => {
  const byDigest = new Map(
    config.tokens.map((entry) => {
      const stored = 'token' in entry ? tokenDigest(entry.token) : entry.tokenSha256
      const expiresAt = entry.expiresAt === undefined ? Infinity : Date.parse(entry.expiresAt)
      return [
        stored,
        { stored: Buffer.from(stored, 'hex'), principal: entry.principal, expiresAt },
      ] as const
    }),
  )
  return (header) => {
    const match = header === undefined ? null : /^Bearer\s+([\x21-\x7e]+)\s*$/i.exec(header)
    if (match === null) throw unauthenticated('Send Authorization: Bearer <token>')
    const presented = tokenDigest(match[1] ?? '')
    const entry = byDigest.get(presented)
    if (entry === undefined || !timingSafeEqual(Buffer.from(presented, 'hex'), entry.stored)) {
      throw unauthenticated('The bearer token is not known')
    }
    if (clock().getTime() >= entry.expiresAt) {
      throw unauthenticated('The bearer token has expired; ask for a new one')
    }
    return entry.principal
  }
}
