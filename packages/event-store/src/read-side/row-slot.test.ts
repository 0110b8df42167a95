import { describe, expect, it } from 'vitest'
import type { RecordedEvent } from '../event-data.js'
import { commitRuns } from './commit-runs.js'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import type { CommitGroup, ReadModelStorage } from './read-model-storage.js'
import { rowSlot } from './row-slot.js'
import { streamTally, type TallyRow } from './stream-tally.fixture.js'

type Rows = { streams: TallyRow }

const event = (streamName: string, position: number): RecordedEvent => ({
  type: 'Counted',
  data: {},
  metadata: {},
  id: `e-${position}`,
  streamName,
  revision: 0,
  position,
  recordedAt: new Date('2022-03-05T08:00:00.000Z'),
})

/** In-memory storage whose first commit (own or joint) fails, as a busy or full disk would. */
const failingOnce = (joint: boolean) => {
  const inner = createInMemoryReadModelStorage(streamTally)
  let failures = 1
  const fail = (): boolean => failures-- > 0
  const group: CommitGroup = {
    commit: (writes) => {
      if (fail()) return Promise.reject(new Error('disk full'))
      for (const write of writes) write()
      return Promise.resolve()
    },
  }
  const storage: ReadModelStorage<Rows> = {
    load: () => inner.load(),
    replace: (snapshot) => inner.replace(snapshot),
    commit: (changes, checkpoint) =>
      fail() ? Promise.reject(new Error('disk full')) : inner.commit(changes, checkpoint),
    ...(joint
      ? {
          joint: {
            group,
            stage: (changes, checkpoint) => () => void inner.commit(changes, checkpoint),
          },
        }
      : {}),
  }
  return { storage, stored: () => inner.current() }
}

describe('a row slot whose commit fails', () => {
  for (const joint of [false, true]) {
    it(`writes the failed commit's rows with the next one (${joint ? 'joint' : 'own'} commit)`, async () => {
      const { storage, stored } = failingOnce(joint)
      const run = await rowSlot(streamTally, storage).open()
      run.apply(event('a', 1))
      await expect(commitRuns([run])).rejects.toThrow('disk full')
      run.apply(event('b', 2))
      await commitRuns([run])
      expect(stored()?.checkpoint).toBe(2)
      expect([...stored()!.readModel.streams.keys()].sort()).toEqual(['a', 'b'])
    })
  }
})
