import { createHmac } from 'node:crypto'
import type { VolunteerHandlerOptions } from '@wenming/domain'

/**
 * The keyed hash of an ID document that names its claim stream (V1): HMAC-SHA-256 under the
 * server's key, so the log holds no ID number in a stream name and nobody without the key can test
 * a guess against it.
 */
export const volunteerIdDigest =
  (key: string): VolunteerHandlerOptions['idDigest'] =>
  ({ idType, idNumber }) =>
    createHmac('sha256', key).update(`${idType}:${idNumber}`).digest('base64url').slice(0, 32)
