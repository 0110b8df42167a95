import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { tokenDigest } from './token-digest.js'
import { principalSchema, type Principal } from './principal.js'

const expiresAtSchema = z.iso.datetime().describe('When the token stops working (ISO-8601 UTC)')

/** A token entry as `wenming token` writes it: the token's SHA-256, never the token itself. */
const hashedTokenSchema = z.object({
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in hex'),
  principal: principalSchema,
  expiresAt: expiresAtSchema,
})

/** A plain token entry (hand-written files, tests): still read; prefer hashed entries. */
const plainTokenSchema = z.object({
  token: z.string().min(16),
  principal: principalSchema,
  expiresAt: expiresAtSchema.optional(),
})

/** The token file: bearer tokens (hashed, or plain), each with its principal and expiry. */
export const authConfigSchema = z.object({
  tokens: z
    .array(z.union([hashedTokenSchema, plainTokenSchema]))
    .refine(
      (entries) =>
        new Set(entries.map((e) => ('token' in e ? tokenDigest(e.token) : e.tokenSha256))).size ===
        entries.length,
      { message: 'tokens must be unique' },
    ),
})

/** One bearer token: plain or as its SHA-256 (hex), the principal it stands for, its expiry. */
export type AuthToken = ({ token: string } | { tokenSha256: string }) & {
  principal: Principal
  /** ISO-8601 UTC; without one the token does not expire (plain entries only). */
  expiresAt?: string | undefined
}

export type AuthConfig = { tokens: AuthToken[] }

/** Reads and validates a JSON token file; throws with the offending field when it is malformed. */
export const loadAuthConfig = async (path: string): Promise<AuthConfig> => {
  const text = await readFile(path, 'utf8')
  const parsed = authConfigSchema.safeParse(JSON.parse(text))
  if (!parsed.success) {
    throw new Error(`Invalid token file ${path}: ${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}
