import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { geoPointArbitrary, geoPointNearArbitrary } from '../testing/ranking-arbitraries.js'
import { haversineMeters } from './haversine-meters.js'
import { defaultServiceCircle, serviceCircleMeters, walkingMinutes } from './service-circle.js'

describe('haversineMeters', () => {
  it('measures one degree of latitude along a meridian as about 111.2 km', () => {
    expect(
      haversineMeters({ latitude: 26, longitude: 118 }, { latitude: 27, longitude: 118 }),
    ).toBeCloseTo(111_195, 0)
  })

  it('measures Nashville to Los Angeles as the published 2,886 km', () => {
    const bna = { latitude: 36.12, longitude: -86.67 }
    const lax = { latitude: 33.94, longitude: -118.4 }
    expect(Math.abs(haversineMeters(bna, lax) - 2_886_444)).toBeLessThan(1_000)
  })

  it('measures half the equator for antipodal points', () => {
    expect(
      haversineMeters({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 }) / 1000,
    ).toBeCloseTo(20_015, 0)
  })

  it('is zero from a point to itself', () => {
    fc.assert(
      fc.property(geoPointArbitrary(), (p) => {
        expect(haversineMeters(p, p)).toBe(0)
      }),
    )
  })

  it('is symmetric and never negative', () => {
    fc.assert(
      fc.property(geoPointArbitrary(), geoPointArbitrary(), (a, b) => {
        const there = haversineMeters(a, b)
        expect(there).toBeGreaterThanOrEqual(0)
        expect(there).toBeCloseTo(haversineMeters(b, a), 6)
      }),
    )
  })

  it('obeys the triangle inequality within a district, to the micrometre', () => {
    fc.assert(
      fc.property(
        geoPointNearArbitrary(),
        geoPointNearArbitrary(),
        geoPointNearArbitrary(),
        (a, b, c) => {
          expect(haversineMeters(a, c)).toBeLessThanOrEqual(
            haversineMeters(a, b) + haversineMeters(b, c) + 1e-6,
          )
        },
      ),
    )
  })

  it('obeys the triangle inequality across the earth, to the metre', () => {
    // Near antipodal points asin(sqrt(h)) is ill-conditioned: rounding costs a few centimetres.
    fc.assert(
      fc.property(geoPointArbitrary(), geoPointArbitrary(), geoPointArbitrary(), (a, b, c) => {
        expect(haversineMeters(a, c)).toBeLessThanOrEqual(
          haversineMeters(a, b) + haversineMeters(b, c) + 1,
        )
      }),
    )
  })
})

describe('the service circle', () => {
  it('reaches 1,125 m in 15 minutes at 4.5 km/h', () => {
    expect(serviceCircleMeters(defaultServiceCircle)).toBeCloseTo(1125, 9)
    expect(walkingMinutes(1125, 4.5)).toBeCloseTo(15, 9)
  })
})
