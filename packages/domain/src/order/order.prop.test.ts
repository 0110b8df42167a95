import { createInMemoryEventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { networkCommandsArbitrary } from '../testing/network-arbitraries.js'
import { networkRuleViolations } from '../testing/network-rules.js'

describe('orders, teams and sites under random command sequences', () => {
  it('keep every rule of docs/domain-rules.md whatever valid and invalid commands arrive', async () => {
    await fc.assert(
      fc.asyncProperty(networkCommandsArbitrary({ maxLength: 150 }), async (commands) => {
        const store = createInMemoryEventStore()
        expect(await runNetworkCommands(store, networkSetup(), 'setup')).toBe(networkSetup().length)
        await runNetworkCommands(store, commands)
        expect(await networkRuleViolations(store)).toEqual([])
      }),
      { numRuns: 100 },
    )
  }, 30_000)

  it('reach deep into the lifecycle often enough to test it', async () => {
    // Guards the property above against vacuity: random sequences do complete and evaluate orders.
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(
        networkCommandsArbitrary({ minLength: 150, maxLength: 200 }),
        async (commands) => {
          const store = createInMemoryEventStore()
          await runNetworkCommands(store, networkSetup(), 'setup')
          await runNetworkCommands(store, commands)
          for await (const event of store.readAll()) seen.add(event.type)
        },
      ),
      { numRuns: 60, seed: 4 },
    )
    for (const type of [
      'OrderDispatched',
      'OrderTaken',
      'OrderDeclined',
      'OrderCompleted',
      'OrderEvaluated',
      'OrderRedispatched',
      'DirectiveOrderIssued',
      'OrderEscalated',
      'ClusterTeamPooled',
      'ClusterSiteLeft',
    ]) {
      expect(seen).toContain(type)
    }
  }, 30_000)
})
