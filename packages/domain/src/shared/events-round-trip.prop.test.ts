import { createInMemoryEventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { clusterSetup, networkSetup } from '../testing/network.js'
import { networkCommandsArbitrary } from '../testing/network-arbitraries.js'
import { clusterEventSchemaVersions } from '../cluster/events.js'
import { orderEventSchemaVersions } from '../order/events.js'
import { siteEventSchemaVersions } from '../site/events.js'
import { teamEventSchemaVersions } from '../team/events.js'
import { eventSchemaVersions, wenmingEventSchema } from '../wenming-event.js'

// The old joint-activity command is gone: a joint activity is an activity planned with its cluster.
const { ClusterJointActivityRecorded: _old, ...clusterEventTypes } = clusterEventSchemaVersions

const networkEventTypes = Object.keys({
  ...siteEventSchemaVersions,
  ...teamEventSchemaVersions,
  ...orderEventSchemaVersions,
  ...clusterEventTypes,
  // The set-up publishes the district's catalogue; the scenarios plan joint activities.
  CatalogueEntryPublished: 1,
  ActivityPlanned: 1,
  // The set-up registers volunteers (V1: only they join teams): their claims and registrations.
  VolunteerIdClaimed: 1,
  VolunteerRegistered: 1,
})

describe('event schemas', () => {
  it('round-trip every event the deciders record through JSON and zod unchanged', async () => {
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(
        networkCommandsArbitrary({ minLength: 150, maxLength: 200 }),
        async (commands) => {
          const store = createInMemoryEventStore()
          await runNetworkCommands(store, [...networkSetup(), ...clusterSetup()], 'setup')
          await runNetworkCommands(store, commands)
          for await (const { type, data, metadata } of store.readAll()) {
            seen.add(type)
            const event = { type, data }
            expect(wenmingEventSchema.parse(JSON.parse(JSON.stringify(event)))).toEqual(event)
            expect(metadata?.['schemaVersion']).toBe(
              eventSchemaVersions[type as keyof typeof eventSchemaVersions],
            )
          }
        },
      ),
      { numRuns: 100, seed: 4 },
    )
    // Every event type of sites, teams, orders and clusters was exercised at least once.
    expect([...seen].sort()).toEqual(networkEventTypes.sort())
    // 4 s alone; the shared two-core machine under load (load average 40+) needs far more.
  }, 120_000)
})
