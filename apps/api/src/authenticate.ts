import { createHash, timingSafeEqual } from 'node:crypto'
import type { AuthConfig } from './auth-config.js'
import type { Principal } from './principal.js'
import { httpProblem } from './problem-details.js'

const digest = (token: string): Buffer => createHash('sha256').update(token).digest()

/** Resolves an `Authorization` header to its principal, or throws a 401 problem. */
export type Authenticator = (header: string | undefined) => Principal

/** Builds an authenticator over the token file; tokens are compared by digest in constant time. */
export const createAuthenticator = (config: AuthConfig): Authenticator => {
  const byDigest = new Map(
    config.tokens.map((entry) => {
      const stored = digest(entry.token)
      return [stored.toString('hex'), { stored, principal: entry.principal }] as const
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
    const entry = byDigest.get(presented.toString('hex'))
    if (entry === undefined || !timingSafeEqual(presented, entry.stored)) {
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
