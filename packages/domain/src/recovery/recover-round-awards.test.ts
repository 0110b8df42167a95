import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain, type WenmingDomain } from '../create-wenming-domain.js'
import type { ProjectCommand } from '../project/commands.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { testVolunteerOptions } from '../testing/volunteer-builders.js'

const t0 = '2026-04-01T08:00:00.000Z'
const later = (minutes: number) => new Date(Date.parse(t0) + minutes * 60_000).toISOString()

/** A store that "crashes" (throws) right after the `nth` append holding an event of type `type`. */
const crashingAfter = (inner: EventStore, type: string, nth = 1): EventStore => {
  let seen = 0
  return {
    ...inner,
    appendToStream: async (streamName, events, options) => {
      const result = await inner.appendToStream(streamName, events, options)
      if (events.some((e) => e.type === type) && ++seen === nth) {
        throw new Error(`crash after ${type}`)
      }
      return result
    },
  }
}

const close: ProjectCommand = {
  type: 'CloseProjectRound',
  data: { roundId: 'r-1', winners: ['p-1', 'p-2'] },
  metadata: commandMetadata(t0),
}

/** A round with two scored projects, ready to close. */
const setup = async () => {
  const store = createInMemoryEventStore()
  const domain = createWenmingDomain({ volunteers: testVolunteerOptions })
  await runNetworkCommands(store, networkSetup(), 'setup', domain)
  const commands: ProjectCommand[] = [
    ...[
      ['p-1', 'team-st-1'],
      ['p-2', 'team-st-2'],
    ].map(([projectId = '', teamId = '']): ProjectCommand => ({
      type: 'SubmitProject',
      data: {
        projectId,
        title: `项目 ${projectId}`,
        description: '每周上门测血压',
        category: 'health',
        teamId,
        targetGroup: '独居老人',
      },
      metadata: commandMetadata(t0, 'st-admin'),
    })),
    {
      type: 'OpenProjectRound',
      data: { roundId: 'r-1', districtId: 'centre', title: '2026 项目大赛' },
      metadata: commandMetadata(t0),
    },
    ...['p-1', 'p-2'].map((projectId): ProjectCommand => ({
      type: 'ScoreProject',
      data: { roundId: 'r-1', projectId, score: 90 },
      metadata: commandMetadata(t0, 'judge-1'),
    })),
  ]
  for (const [i, command] of commands.entries()) {
    const result = await domain.handleProjectCommand(store, command, { commandId: `prep-${i}` })
    expect(result.ok, JSON.stringify(result)).toBe(true)
  }
  return { store, domain }
}

/** The winners' entries, their teams' categories and their awards, as one comparable value. */
const awards = async (store: EventStore, domain: WenmingDomain) => {
  const catalogue = await domain.readCatalogue(store, 'centre')
  const served = async (teamId: string, code: string) => {
    const team = await domain.readTeam(store, teamId)
    return team.status !== 'unregistered' && team.categories.includes(code)
  }
  return {
    entries: ['project-p-1', 'project-p-2'].filter((code) => catalogue.items[code] !== undefined),
    served: [await served('team-st-1', 'project-p-1'), await served('team-st-2', 'project-p-2')],
    awarded: [
      (await domain.readProject(store, 'p-1')).status,
      (await domain.readProject(store, 'p-2')).status,
    ],
  }
}

const finished = {
  entries: ['project-p-1', 'project-p-2'],
  served: [true, true],
  awarded: ['awarded', 'awarded'],
}

const countEvents = async (store: EventStore): Promise<number> => {
  let count = 0
  for await (const _ of store.readAll()) count++
  return count
}

describe('the recovery pass finishes a round close that stopped before its awards (S4)', () => {
  it('turns every winner into its entry once the bound has passed, when the crash came right after the close', async () => {
    const { store, domain } = await setup()
    await expect(
      domain.handleProjectCommand(crashingAfter(store, 'ProjectRoundClosed'), close, {
        commandId: 'close-1',
      }),
    ).rejects.toThrow()
    const stopped = {
      entries: [],
      served: [false, false],
      awarded: ['submitted', 'submitted'],
    }
    expect(await awards(store, domain)).toEqual(stopped)

    const early = await domain.recoverProcesses(store, { now: later(1), olderThanMs: 5 * 60_000 })
    expect(early.awardedProjects).toEqual([])
    expect(await awards(store, domain)).toEqual(stopped)

    const due = await domain.recoverProcesses(store, { now: later(6), olderThanMs: 5 * 60_000 })
    expect(due.awardedProjects).toEqual([
      { roundId: 'r-1', projectId: 'p-1' },
      { roundId: 'r-1', projectId: 'p-2' },
    ])
    expect(due.refusedRounds).toEqual([])
    expect(await awards(store, domain)).toEqual(finished)
    const entry = (await domain.readCatalogue(store, 'centre')).items['project-p-2']
    expect(entry).toMatchObject({
      status: 'active',
      source: { projectId: 'p-2', roundId: 'r-1', teamId: 'team-st-2' },
    })
  })

  it('sends the close’s own step ids: neither a second pass, another server’s pass nor the re-sent close adds an event', async () => {
    const { store, domain } = await setup()
    // The crash after the first winner's entry: its team and award, and the second winner, remain.
    await expect(
      domain.handleProjectCommand(crashingAfter(store, 'CatalogueEntryPublished'), close, {
        commandId: 'close-1',
      }),
    ).rejects.toThrow()
    expect(await awards(store, domain)).toMatchObject({ entries: ['project-p-1'] })

    const report = await domain.recoverProcesses(store, { now: later(10) })
    expect(report.awardedProjects.map((a) => a.projectId)).toEqual(['p-1', 'p-2'])
    expect(await awards(store, domain)).toEqual(finished)
    const total = await countEvents(store)

    expect((await domain.recoverProcesses(store, { now: later(20) })).awardedProjects).toEqual([])
    const other = createWenmingDomain()
    expect((await other.recoverProcesses(store, { now: later(20) })).awardedProjects).toEqual([])
    expect(await domain.handleProjectCommand(store, close, { commandId: 'close-1' })).toMatchObject(
      { ok: true },
    )
    expect(await countEvents(store)).toBe(total)

    const stepIds: string[] = []
    for await (const event of store.readAll()) {
      const commandId = event.metadata?.['commandId']
      if (typeof commandId === 'string' && commandId.startsWith('close-1')) stepIds.push(commandId)
    }
    expect(stepIds).toEqual([
      'close-1:close',
      'close-1:publish:p-1',
      'close-1:serve:p-1',
      'close-1:award:p-1',
      'close-1:publish:p-2',
      'close-1:serve:p-2',
      'close-1:award:p-2',
    ])
  })

  it('awards the winners before a refusal, reports the refusal once and does not try the round again', async () => {
    const { store, domain } = await setup()
    await expect(
      domain.handleProjectCommand(crashingAfter(store, 'ProjectRoundClosed'), close, {
        commandId: 'close-1',
      }),
    ).rejects.toThrow()
    // Between the crash and the pass, the second winner's team is dissolved.
    const dissolved = await domain.handleTeamCommand(
      store,
      {
        type: 'DissolveTeam',
        data: { teamId: 'team-st-2', reason: 'disbanded' },
        metadata: commandMetadata(later(2)),
      },
      { commandId: 'dissolve' },
    )
    expect(dissolved.ok).toBe(true)

    const report = await domain.recoverProcesses(store, { now: later(10) })
    expect(report.awardedProjects).toEqual([{ roundId: 'r-1', projectId: 'p-1' }])
    expect(report.refusedRounds).toEqual([
      { roundId: 'r-1', error: { type: 'TeamIsDissolved', teamId: 'team-st-2' } },
    ])
    expect((await domain.readProject(store, 'p-2')).status).toBe('submitted')
    // The re-sent close stops at the same refusal.
    expect(await domain.handleProjectCommand(store, close, { commandId: 'close-1' })).toEqual({
      ok: false,
      error: { type: 'TeamIsDissolved', teamId: 'team-st-2' },
    })
    const total = await countEvents(store)
    expect(await domain.recoverProcesses(store, { now: later(20) })).toMatchObject({
      awardedProjects: [],
      refusedRounds: [],
    })
    expect(await countEvents(store)).toBe(total)
  })

  it('leaves a round that closed in one go alone', async () => {
    const { store, domain } = await setup()
    expect((await domain.handleProjectCommand(store, close, { commandId: 'close-1' })).ok).toBe(
      true,
    )
    const total = await countEvents(store)
    const report = await domain.recoverProcesses(store, { now: later(60) })
    expect(report).toMatchObject({ awardedProjects: [], refusedRounds: [] })
    expect(await countEvents(store)).toBe(total)
  })
})
