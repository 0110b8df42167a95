import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { principalSchema, type Principal } from './principal.js'

/** The token file: bearer tokens, each mapped to the principal it authenticates. */
export const authConfigSchema = z.object({
  tokens: z
    .array(z.object({ token: z.string().min(16), principal: principalSchema }))
    .refine((entries) => new Set(entries.map((e) => e.token)).size === entries.length, {
      message: 'tokens must be unique',
    }),
})

export type AuthConfig = { tokens: { token: string; principal: Principal }[] }

/** Reads and validates a JSON token file; throws with the offending field when it is malformed. */
export const loadAuthConfig = async (path: string): Promise<AuthConfig> => {
  const text = await readFile(path, 'utf8')
  const parsed = authConfigSchema.safeParse(JSON.parse(text))
  if (!parsed.success) {
    throw new Error(`Invalid token file ${path}: ${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}
