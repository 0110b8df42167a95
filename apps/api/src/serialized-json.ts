import { hash } from 'node:crypto'

/** A JSON body serialized once, with a strong ETag of its bytes, to be sent many times. */
export type SerializedJson = { readonly bytes: Buffer; readonly etag: string }

/** The media type of a {@link SerializedJson} body. */
export const JSON_MEDIA_TYPE = 'application/json; charset=utf-8'

/** Serializes `value` and tags the bytes (a content hash: equal bytes, equal ETag). */
export const serializeJson = (value: unknown): SerializedJson => {
  const bytes = Buffer.from(JSON.stringify(value))
  return { bytes, etag: `"${hash('sha256', bytes, 'base64url').slice(0, 27)}"` }
}

/**
 * Whether an `If-None-Match` header matches `etag` (weak comparison, RFC 9110 13.1.2): `*`, or one
 * of its entity tags with or without `W/`.
 */
export const ifNoneMatchHits = (header: string | string[] | undefined, etag: string): boolean => {
  if (header === undefined) return false
  const value = Array.isArray(header) ? header.join(',') : header
  if (value.trim() === '*') return true
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag
  return value.split(',').some((tag) => {
    const trimmed = tag.trim()
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === opaque
  })
}
