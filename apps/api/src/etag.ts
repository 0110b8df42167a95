import type { ExpectedRevision } from '@wenming/event-store'
import { httpProblem } from './problem-details.js'

/** The strong ETag of a stream revision: `"3"`. */
export const formatEtag = (revision: number): string => `"${revision}"`

/**
 * The expected revision an `If-Match` header asks for: `*` (the resource exists) or one revision
 * ETag (`"3"`, `W/"3"`); undefined without the header; anything else is a 400.
 */
export const parseIfMatch = (
  header: string | string[] | undefined,
): ExpectedRevision | undefined => {
  if (header === undefined) return undefined
  const value = Array.isArray(header) ? header.join(',') : header
  if (value.trim() === '*') return 'stream_exists'
  const match = /^\s*(?:W\/)?"(-1|0|[1-9][0-9]{0,14})"\s*$/.exec(value)
  if (match === null) {
    throw httpProblem(
      400,
      'invalid-if-match',
      'Invalid If-Match header',
      'If-Match must be * or one ETag of a stream revision, such as "3"',
      {
        errors: [{ in: 'headers', field: 'if-match', message: 'expected * or a quoted revision' }],
      },
    )
  }
  const revision = Number(match[1])
  return revision < 0 ? 'no_stream' : revision
}
