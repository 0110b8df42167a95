import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const PREFIX = 'enc:a256gcm:'
const IV_BYTES = 12
const TAG_BYTES = 16
const IV_POOL = 4096

// Random IVs drawn 4,096 at a time: one call to the CSPRNG instead of one per value (it cost
// about a third of a seal). A random 96-bit IV per value, as GCM wants.
let ivs = randomBytes(IV_BYTES * IV_POOL)
let nextIv = 0
const freshIv = (): Buffer => {
  if (nextIv === IV_POOL) {
    ivs = randomBytes(IV_BYTES * IV_POOL)
    nextIv = 0
  }
  return ivs.subarray(IV_BYTES * nextIv, IV_BYTES * ++nextIv)
}

/**
 * A personal value as stored: `enc:a256gcm:<subject>:<base64 of iv, tag, ciphertext>`, its JSON
 * text (`json`) sealed with AES-256-GCM under the subject's key, the subject bound in as associated
 * data (a value moved to another person's event does not open).
 */
export const sealValue = (key: Uint8Array, subject: string, json: string): string => {
  const iv = freshIv()
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(subject, 'utf8'))
  const sealed = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()])
  const payload = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')
  return `${PREFIX}${subject}:${payload}`
}

/**
 * What a person's other fields in the same event hold: `enc:a256gcm:<subject>:=`, a reference to
 * the one sealed value that carries all of them (one seal per person and event, not per field).
 */
export const sealedReference = (subject: string): string => `${PREFIX}${subject}:=`

/** True for a {@link sealedReference}. */
export const isSealedReference = (value: string): boolean => value.endsWith(':=')

/** The subject of a sealed value or reference, or `undefined` when the value is neither. */
export const sealedSubject = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return undefined
  const end = value.lastIndexOf(':')
  return end > PREFIX.length ? value.slice(PREFIX.length, end) : undefined
}

/** The JSON text a sealed string holds, or `undefined` when the key does not open it. */
export const openValue = (key: Uint8Array, sealedValue: string): string | undefined => {
  const end = sealedValue.lastIndexOf(':')
  const subject = sealedValue.slice(PREFIX.length, end)
  const payload = Buffer.from(sealedValue.slice(end + 1), 'base64')
  if (payload.length < IV_BYTES + TAG_BYTES) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, payload.subarray(0, IV_BYTES))
    decipher.setAAD(Buffer.from(subject, 'utf8'))
    decipher.setAuthTag(payload.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    return Buffer.concat([
      decipher.update(payload.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    return undefined
  }
}
