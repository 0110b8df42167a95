import { hash, timingSafeEqual } from 'node:crypto'
import type { AuthConfig } from './auth-config.js'
import type { Principal } from './principal.js'
import { httpProblem } from './problem-details.js'

// One-shot hashing: a streaming Hash object per request cost more than the digest itself.
const digest = (token: string): string => hash('sha256', token)

/** Resolves an `Authorization` header to its principal, or throws a 401 problem. */
export type Authenticator = (header: string | undefined) => Principal

/** Builds an authenticator over the token file; tokens are compared by digest in constant time. */
export const createAuthenticator = (config: AuthConfig): Authenticator => {
  const byDigest = new Map(
    config.tokens.map((entry) => {
      const stored = digest(entry.token)
      return [stored, { stored: Buffer.from(stored, 'hex'), principal: entry.principal }] as const
    }),
  )
  return (header) => {
    const match = header === undefined ? null : /^Bearer\s+([\x21-\x7e]+)\s*$/i.exec(header)
    if (match === null) {
      throw httpProblem(
        401,
        'unauthenticated',
        'Authentication required',
        'Send Authorization: Bearer <token>',
      )
    }
    const presented = digest(match[1] ?? '')
    const entry = byDigest.get(presented)
    if (entry === undefined || !timingSafeEqual(Buffer.from(presented, 'hex'), entry.stored)) {
      throw httpProblem(
        401,
        'unauthenticated',
        'Authentication required',
        'The bearer token is not known',
      )
    }
    return entry.principal
  }
}
