import { describe, expect, it } from 'vitest'
import { commitRuns } from './commit-runs.js'
import type { SlotRun, StagedCommit } from './projection-slot.js'
import type { CommitGroup } from './read-model-storage.js'

const log: string[] = []

const groupNamed = (name: string, fails = false): CommitGroup => ({
  commit: (writes) => {
    if (fails) return Promise.reject(new Error(`${name} failed`))
    log.push(`${name}: begin`)
    for (const write of writes) write()
    log.push(`${name}: commit`)
    return Promise.resolve()
  },
})

const run = (name: string, stage?: () => StagedCommit | undefined): SlotRun => ({
  name,
  checkpoint: () => 0,
  readModel: () => undefined,
  eventTypes: undefined,
  leanEvents: false,
  apply: () => {},
  advance: () => {},
  commit: () => {
    log.push(`${name}: own commit`)
    return Promise.resolve()
  },
  ...(stage === undefined ? {} : { stage }),
})

const staged =
  (name: string, group: CommitGroup): (() => StagedCommit) =>
  () => ({
    group,
    write: () => log.push(`${name}: rows and checkpoint`),
    committed: () => log.push(`${name}: committed`),
    failed: () => log.push(`${name}: failed`),
  })

describe('commitRuns', () => {
  it('commits the runs of one group in one commit of it, and the others on their own', async () => {
    log.length = 0
    const sqlite = groupNamed('sqlite')
    await commitRuns([
      run('board', staged('board', sqlite)),
      run('report'),
      run('directory', staged('directory', sqlite)),
      run('idle', () => undefined),
    ])
    expect(log).toEqual([
      'report: own commit',
      'sqlite: begin',
      'board: rows and checkpoint',
      'directory: rows and checkpoint',
      'sqlite: commit',
      'board: committed',
      'directory: committed',
    ])
  })

  it('marks nothing committed when a group commit fails, there and in the groups after it', async () => {
    log.length = 0
    const failing = groupNamed('sqlite', true)
    const later = groupNamed('files')
    await expect(
      commitRuns([run('board', staged('board', failing)), run('files', staged('files', later))]),
    ).rejects.toThrow('sqlite failed')
    expect(log).toEqual(['board: failed', 'files: failed'])
  })
})
