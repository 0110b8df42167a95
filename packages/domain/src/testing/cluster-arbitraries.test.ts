import { foldEvents } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clusterDecider } from '../cluster/cluster-decider.js'
import { clusterEventSchema } from '../cluster/events.js'
import { isClusterSite } from '../cluster/state.js'
import { clusterHistoryArbitrary } from './cluster-arbitraries.js'

describe('cluster arbitraries', () => {
  it('generate histories that parse and keep C2 and C3 in every state', () => {
    fc.assert(
      fc.property(clusterHistoryArbitrary(), (events) => {
        let state = clusterDecider.initialState
        for (const event of events) {
          expect(clusterEventSchema.parse(event)).toEqual(event)
          state = clusterDecider.evolve(state, event)
          if (state.status !== 'active') continue
          expect(state.memberSiteIds.length).toBeGreaterThanOrEqual(2)
          for (const home of Object.values(state.pooledTeams))
            expect(isClusterSite(state, home)).toBe(true)
          for (const host of Object.values(state.venues))
            expect(isClusterSite(state, host)).toBe(true)
        }
        expect(foldEvents(clusterDecider, events)).toEqual(state)
      }),
      { numRuns: 300 },
    )
  })
})
