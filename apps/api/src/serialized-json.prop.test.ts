import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ifNoneMatchHits, serializeJson } from './serialized-json.js'

const tag = fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/).map((opaque) => `"${opaque}"`)

describe('serialized JSON bodies and If-None-Match', () => {
  it('tags equal values alike and different values apart, and keeps the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const first = serializeJson(a)
        expect(JSON.parse(first.bytes.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(a)))
        expect(serializeJson(a).etag).toBe(first.etag)
        const same = JSON.stringify(a) === JSON.stringify(b)
        expect(serializeJson(b).etag === first.etag).toBe(same)
      }),
    )
  })

  it('hits when the header lists the ETag, weak or strong, or is *; misses otherwise', () => {
    fc.assert(
      fc.property(
        tag,
        fc.array(tag),
        fc.boolean(),
        fc.nat(),
        fc.boolean(),
        (etag, others, listed, at, weak) => {
          const rest = others.filter((other) => other !== etag)
          const tags = listed
            ? [
                ...rest.slice(0, at % (rest.length + 1)),
                `${weak ? 'W/' : ''}${etag}`,
                ...rest.slice(at % (rest.length + 1)),
              ]
            : rest
          expect(ifNoneMatchHits(tags.join(', '), etag)).toBe(listed)
        },
      ),
    )
    expect(ifNoneMatchHits('*', '"x"')).toBe(true)
    expect(ifNoneMatchHits(undefined, '"x"')).toBe(false)
  })
})
