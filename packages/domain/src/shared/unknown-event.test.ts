import { describe, expect, it } from 'vitest'
import { clusterDecider } from '../cluster/cluster-decider.js'
import { orderDecider } from '../order/order-decider.js'
import { siteDecider } from '../site/site-decider.js'
import { teamDecider } from '../team/team-decider.js'

const stranger = { type: 'SomethingElseHappened', data: {} } as never

describe('the evolve functions', () => {
  it.each([
    ['team', teamDecider],
    ['order', orderDecider],
    ['site', siteDecider],
    ['cluster', clusterDecider],
  ] as const)('throw on an event type the %s aggregate does not know', (_, decider) => {
    expect(() => decider.evolve(decider.initialState as never, stranger)).toThrow(
      'Unknown event type: "SomethingElseHappened"',
    )
  })
})
