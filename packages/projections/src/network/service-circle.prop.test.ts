import { haversineMeters, type WenmingEvent } from '@wenming/domain'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { at } from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { networkDirectory } from './network-projection.js'
import { queryServiceCircle } from './query-service-circle.js'

const point = fc.record({
  latitude: fc.double({ min: 29.95, max: 30.05, noNaN: true }),
  longitude: fc.double({ min: 119.95, max: 120.05, noNaN: true }),
})

const register = (
  i: number,
  coordinates: { latitude: number; longitude: number },
): WenmingEvent => ({
  type: 'SiteRegistered',
  data: {
    siteId: `s${i}`,
    parentId: null,
    level: 'station',
    name: `s${i}`,
    kind: '村',
    coordinates,
    at: at(0),
  },
})

describe('service circle (property)', () => {
  it('answers exactly the sites a full scan finds within the radius, nearest first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(point, { minLength: 1, maxLength: 60 }),
        point,
        fc.integer({ min: 1, max: 40 }),
        async (points, from, minutes) => {
          const model = await runReadModel(
            networkDirectory,
            points.map((p, i) => register(i, p)),
          )
          const radius = (4500 / 60) * minutes
          const expected = points
            .map((p, i) => ({ siteId: `s${i}`, meters: haversineMeters(from, p) }))
            .filter((s) => s.meters <= radius)
            .sort((a, b) => a.meters - b.meters || (a.siteId < b.siteId ? -1 : 1))
            .map((s) => s.siteId)
          const answer = queryServiceCircle(model, { from, minutes, limit: 1000 })
          expect(answer.sites.map((s) => s.siteId)).toEqual(expected)
        },
      ),
      { numRuns: 60 },
    )
  })
})
