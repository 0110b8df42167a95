import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { countingReads } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain, type WenmingDomain } from './create-wenming-domain.js'
import type { TeamCommand } from './team/commands.js'
import { runNetworkCommands } from './testing/handle-network-command.js'
import { networkSetup } from './testing/network.js'
import { commandMetadata } from './testing/scalar-arbitraries.js'
import { registerVolunteer, testVolunteerOptions } from './testing/volunteer-builders.js'

const join = (n: number): TeamCommand => ({
  type: 'JoinTeam',
  data: { teamId: 'team-st-2', volunteerId: `v-${n}`, displayName: `v ${n}` },
  metadata: commandMetadata('2026-02-01T08:00:00.000Z'),
})

/** A team stream of 41 events, then the events one more read of it yields through `domain`. */
/** The network, and volunteers `v-0` to `v-<count - 1>` registered (T3: members are volunteers). */
const withVolunteers = async (
  store: EventStore,
  domain: WenmingDomain,
  count: number,
): Promise<void> => {
  await runNetworkCommands(store, networkSetup(), 'setup', domain)
  for (let n = 0; n < count; n++)
    await domain.handleVolunteerCommand(
      store,
      registerVolunteer(`v-${n}`, 9000 + n, '2026-01-15T08:00:00.000Z'),
      { commandId: `r-${n}` },
    )
}

const eventsOfOneRead = async (options: Parameters<typeof createWenmingDomain>[0]) => {
  const { store, counted } = countingReads(createInMemoryEventStore())
  const domain = createWenmingDomain({ ...options, volunteers: testVolunteerOptions })
  await withVolunteers(store, domain, 40)
  for (let n = 0; n < 40; n++)
    await domain.handleTeamCommand(store, join(n), { commandId: `j-${n}` })
  await domain.readTeam(store, 'team-st-2')
  counted.events = 0
  const team = await domain.readTeam(store, 'team-st-2')
  expect(team).toMatchObject({ members: expect.objectContaining({ 'v-39': 'v 39' }) as unknown })
  return counted.events
}

describe('createWenmingDomain', () => {
  it('keeps its own stream state caches, as configured', async () => {
    expect(await eventsOfOneRead({})).toBe(0)
    expect(await eventsOfOneRead({ stateCache: { maxStreams: 10_000 } })).toBe(0)
    // Off: every read folds the whole stream.
    expect(await eventsOfOneRead({ stateCache: false })).toBe(41)
  })

  it('never shares a cached state between two domain objects', async () => {
    const store = createInMemoryEventStore()
    const first = createWenmingDomain({ volunteers: testVolunteerOptions })
    const second = createWenmingDomain({ stateCache: false, volunteers: testVolunteerOptions })
    await withVolunteers(store, first, 100)
    for (let n = 0; n < 20; n++)
      await first.handleTeamCommand(store, join(n), { commandId: `j-${n}` })
    expect(await second.readTeam(store, 'team-st-2')).toEqual(
      await first.readTeam(store, 'team-st-2'),
    )
    await second.handleTeamCommand(store, join(99), { commandId: 'j-99' })
    expect(await first.readTeam(store, 'team-st-2')).toMatchObject({
      members: expect.objectContaining({ 'v-99': 'v 99' }) as unknown,
    })
  })

  it('routes volunteer and shift commands through handleWenmingCommand, as their own handlers do', async () => {
    const store = createInMemoryEventStore()
    const domain = createWenmingDomain({ volunteers: testVolunteerOptions })
    await runNetworkCommands(store, networkSetup(), 'setup', domain)
    const registered = await domain.handleWenmingCommand(
      store,
      registerVolunteer('v-router', 4242, '2026-01-15T08:00:00.000Z'),
      { commandId: 'router-register' },
    )
    expect(registered.ok).toBe(true)
    expect(await domain.readVolunteer(store, 'v-router')).toMatchObject({ status: 'active' })
    // A refusal comes back as a typed value, not an exception: the same person cannot register twice.
    const again = await domain.handleWenmingCommand(
      store,
      registerVolunteer('v-router-2', 4242, '2026-01-15T09:00:00.000Z'),
      { commandId: 'router-register-2' },
    )
    expect(again.ok).toBe(false)
    const checkIn = await domain.handleWenmingCommand(
      store,
      {
        type: 'CheckIn',
        data: {
          shiftId: 'no-such-shift',
          volunteerId: 'v-router',
          code: '1234',
          position: { latitude: 30, longitude: 120 },
        },
        metadata: commandMetadata('2026-02-01T08:00:00.000Z'),
      },
      { commandId: 'router-check-in' },
    )
    expect(checkIn.ok).toBe(false)
  })
})
