import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderDecider } from '../order/order-decider.js'
import { initialOrderState } from '../order/state.js'
import { catalogueEntry, catalogueOf } from '../testing/catalogue-builders.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'

const codes = ['health', 'culture', 'elderly_care', 'housework', 'theory', 'sport']
const site = {
  siteId: 'st-1',
  level: 'station',
  status: 'open',
  clusterId: null,
  districtId: 'c',
} as const

describe('request orders against the catalogue (S1)', () => {
  it('places an order for an entry if and only if it is an active entry of the catalogue', () => {
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.subarray(codes),
        fc.oneof(fc.constantFrom(...codes), fc.string({ minLength: 1, maxLength: 12 })),
        (published, retired, asked) => {
          const catalogue = catalogueOf(
            'c',
            published.map((code) => catalogueEntry(code)),
            retired,
          )
          const result = orderDecider.decide(
            {
              type: 'PlaceRequestOrder',
              data: {
                orderId: 'o-1',
                siteId: 'st-1',
                onBehalfOf: null,
                category: asked,
                answers: {},
                need: '',
                wantedAt: '2026-03-02T08:00:00.000Z',
              },
              metadata: commandMetadata('2026-03-01T08:00:00.000Z', 'resident-1'),
              facts: { site, catalogue },
            },
            initialOrderState,
          )
          const active = published.includes(asked) && !retired.includes(asked)
          expect(result.ok).toBe(active)
          if (!result.ok) {
            expect(['CatalogueEntryUnknown', 'CatalogueEntryNotActive']).toContain(
              result.error.type,
            )
            const closest = (result.error as { closest?: readonly string[] }).closest ?? []
            // Only active entries are offered instead, never the one refused.
            for (const code of closest) {
              expect(published.includes(code) && !retired.includes(code) && code !== asked).toBe(
                true,
              )
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
