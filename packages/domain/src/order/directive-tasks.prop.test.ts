import { createInMemoryEventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain } from '../create-wenming-domain.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import type { NetworkCommand } from '../testing/network-arbitraries.js'
import { networkSetup, networkSetupTime } from '../testing/network.js'
import { networkRuleViolations } from '../testing/network-rules.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { testVolunteerOptions } from '../testing/volunteer-builders.js'

const domain = createWenmingDomain({ volunteers: testVolunteerOptions })
const orderId = 'd-1'
// Teams of the scenario network with room for one more active order each.
const teams = ['team-district', 'team-st-1', 'team-st-2', 'team-st-3', 'team-st-4']

const at = (minutes: number) =>
  new Date(Date.parse(networkSetupTime) + (minutes + 60) * 60_000).toISOString()

type Step = (minutes: number) => NetworkCommand

/** Answers of the named teams to their tasks (and now and then a cancellation), in any order. */
const stepArbitrary = (named: readonly string[]): fc.Arbitrary<Step> => {
  const team = fc.constantFrom(...named)
  return fc.oneof(
    {
      weight: 5,
      arbitrary: team.map((teamId): Step => (m) => ({
        type: 'TakeOrder',
        data: { orderId, teamId },
        metadata: commandMetadata(at(m)),
      })),
    },
    {
      weight: 1,
      arbitrary: team.map((teamId): Step => (m) => ({
        type: 'DeclineOrder',
        data: { orderId, teamId, reason: '任务冲突' },
        metadata: commandMetadata(at(m)),
      })),
    },
    {
      weight: 5,
      arbitrary: team.map((teamId): Step => (m) => ({
        type: 'CompleteOrder',
        data: {
          orderId,
          teamId,
          report: { date: '2026-01-02', volunteerIds: ['v-1'], hours: 2, audience: 20, notes: '' },
        },
        metadata: commandMetadata(at(m)),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Step>((m) => ({
        type: 'CancelOrder',
        data: { orderId, reason: '' },
        metadata: commandMetadata(at(m)),
      })),
    },
  )
}

describe('a 定单 to several teams (O7)', () => {
  it('is complete if and only if every task is, and keeps every rule of the log', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(fc.constantFrom(...teams), { minLength: 2, maxLength: 4 })
          .chain((named) =>
            fc.tuple(fc.constant(named), fc.array(stepArbitrary(named), { maxLength: 14 })),
          ),
        async ([named, steps]) => {
          const store = createInMemoryEventStore()
          await runNetworkCommands(store, networkSetup(), 'setup', domain)
          const issued = await domain.handleOrderCommand(
            store,
            {
              type: 'IssueDirectiveOrder',
              data: {
                orderId,
                issuingSiteId: 'centre',
                teamIds: [...named],
                theme: '理论宣讲',
                description: '',
                dueDate: '2026-01-10',
              },
              metadata: commandMetadata(at(0)),
            },
            { commandId: 'issue' },
          )
          expect(issued.ok).toBe(true)
          await runNetworkCommands(
            store,
            steps.map((step, i) => step(i + 1)),
            'step',
            domain,
          )
          const order = await domain.readOrder(store, orderId)
          if (order.status === 'none') throw new Error('the 定单 was issued')
          const tasks = Object.values(order.tasks ?? {})
          expect(tasks).toHaveLength(named.length)
          const complete = order.status === 'completed'
          expect(complete).toBe(tasks.every((task) => task === 'completed'))
          expect(await networkRuleViolations(store)).toEqual([])
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})
