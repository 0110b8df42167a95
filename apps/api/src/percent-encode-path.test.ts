import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { percentEncodePath } from './percent-encode-path.js'

describe('percentEncodePath', () => {
  it('leaves a plain path as it is', () => {
    expect(percentEncodePath('/orders/o-1.a_b~c')).toBe('/orders/o-1.a_b~c')
  })

  it('encodes non-ASCII, controls and URL syntax as UTF-8 bytes', () => {
    expect(percentEncodePath('/orders/订单 1?%#\r\n')).toBe(
      '/orders/%E8%AE%A2%E5%8D%95%201%3F%25%23%0D%0A',
    )
  })

  it('always gives a valid header value that decodes back to a well-formed input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (path) => {
        const encoded = percentEncodePath(path)
        expect(encoded).toMatch(/^[\x21-\x7e]*$/)
        expect(decodeURIComponent(encoded)).toBe(path)
      }),
    )
  })
})
