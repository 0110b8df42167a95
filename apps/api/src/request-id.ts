import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** What a client's `X-Request-Id` may be: 1-100 characters of a token, a UUID or a trace id. */
const SANE_REQUEST_ID = /^[\w.:~+=/-]{1,100}$/

/**
 * The request id: the client's `X-Request-Id` when it is sane, else a new UUID; it is echoed and
 * written into every appended event's metadata, so a 12 kB or odd one never gets that far.
 */
export const requestIdOf = (request: IncomingMessage): string => {
  const given = request.headers['x-request-id']
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID()
}
