import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromEsdbMetadata, toEsdbMetadata } from './esdb-metadata.js'

describe('event metadata in EventStoreDB', () => {
  it('stores correlation and causation ids under the names EventStoreDB projections read', () => {
    const metadata = {
      commandId: 'c-1',
      principal: { id: 'ann', role: 'resident' },
      correlationId: 'corr-1',
      causationId: 'cause-1',
    }
    expect(toEsdbMetadata(metadata)).toEqual({
      commandId: 'c-1',
      principal: { id: 'ann', role: 'resident' },
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
    })
    expect(fromEsdbMetadata(toEsdbMetadata(metadata))).toEqual(metadata)
  })

  it('stores an empty object for events without metadata and reads non-objects as empty', () => {
    expect(toEsdbMetadata(undefined)).toEqual({})
    expect(fromEsdbMetadata(undefined)).toEqual({})
    expect(fromEsdbMetadata(new Uint8Array([1, 2]))).toEqual({})
    expect(fromEsdbMetadata(['a'])).toEqual({})
  })

  it('round-trips any JSON metadata whose keys do not start with $', () => {
    const key = fc.oneof(
      fc.constantFrom('commandId', 'principal', 'correlationId', 'causationId', 'schemaVersion'),
      fc.string().filter((k) => !k.startsWith('$') && k !== '__proto__'),
    )
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), (metadata) => {
        const stored = JSON.parse(JSON.stringify(toEsdbMetadata(metadata))) as unknown
        expect(fromEsdbMetadata(stored)).toEqual(JSON.parse(JSON.stringify(metadata)))
      }),
    )
  })
})
