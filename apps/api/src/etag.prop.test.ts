import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatEtag, parseIfMatch } from './etag.js'
import { isHttpProblem } from './problem-details.js'

describe('ETag and If-Match', () => {
  it('reads back every revision it writes, strong or weak', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.boolean(), (revision, weak) => {
        expect(parseIfMatch(`${weak ? 'W/' : ''}${formatEtag(revision)}`)).toBe(revision)
      }),
    )
  })

  it('maps * to an existing stream, "-1" to no stream and no header to no expectation', () => {
    expect(parseIfMatch('*')).toBe('stream_exists')
    expect(parseIfMatch('"-1"')).toBe('no_stream')
    expect(parseIfMatch(undefined)).toBeUndefined()
  })

  it('refuses anything else with a 400 problem naming the header', () => {
    fc.assert(
      fc.property(
        fc
          .string()
          .filter((s) => !/^\s*(W\/)?"(-1|0|[1-9]\d{0,14})"\s*$/.test(s) && s.trim() !== '*'),
        (header) => {
          try {
            parseIfMatch(header)
            return false
          } catch (error) {
            return isHttpProblem(error) && error.problem.status === 400
          }
        },
      ),
    )
  })
})
