import { describe, expect, it } from 'vitest'
import { createGroupCommit } from './group-commit.js'

const recordingCommit = () => {
  const batches: number[][] = []
  const groupCommit = createGroupCommit<number, number>((batch) => {
    batches.push(batch.map((p) => p.job))
    for (const pending of batch) {
      if (pending.job < 0) pending.reject(new Error(`negative ${pending.job}`))
      else pending.resolve(pending.job * 10)
    }
  })
  return { batches, groupCommit }
}

describe('createGroupCommit', () => {
  it('commits the jobs submitted in one turn of the event loop together, in order', async () => {
    const { batches, groupCommit } = recordingCommit()
    const results = await Promise.all([1, 2, 3].map((job) => groupCommit.submit(job)))
    expect(results).toEqual([10, 20, 30])
    expect(batches).toEqual([[1, 2, 3]])
  })

  it('commits a lone job before any timer fires', async () => {
    const { batches, groupCommit } = recordingCommit()
    let timerFired = false
    const timer = setTimeout(() => (timerFired = true), 20)
    await groupCommit.submit(7)
    expect(batches).toEqual([[7]])
    expect(timerFired).toBe(false)
    clearTimeout(timer)
  })

  it('puts jobs submitted while a batch waits in the next batch', async () => {
    const { batches, groupCommit } = recordingCommit()
    const first = groupCommit.submit(1).then(() => groupCommit.submit(3))
    const second = groupCommit.submit(2).then(() => groupCommit.submit(4))
    await Promise.all([first, second])
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ])
  })

  it("settles each job on its own: one job's failure does not fail the others", async () => {
    const { groupCommit } = recordingCommit()
    const outcomes = await Promise.allSettled([1, -2, 3].map((job) => groupCommit.submit(job)))
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  })

  it('rejects every job of a batch whose commit throws', async () => {
    const groupCommit = createGroupCommit<number, number>(() => {
      throw new Error('disk on fire')
    })
    const outcomes = await Promise.allSettled([1, 2].map((job) => groupCommit.submit(job)))
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true)
  })

  it('drains: resolves once every submitted job is settled', async () => {
    const { batches, groupCommit } = recordingCommit()
    void groupCommit.submit(1)
    void groupCommit.submit(2)
    await groupCommit.drain()
    expect(batches).toEqual([[1, 2]])
    await groupCommit.drain()
  })
  it('hands a batch it could not start back after a timer, with the jobs submitted meanwhile, and drains after it', async () => {
    const batches: number[][] = []
    let locked = 2
    const groupCommit = createGroupCommit<number, number>((batch) => {
      batches.push(batch.map((p) => p.job))
      if (locked-- > 0) return { retry: batch, afterMs: 5 }
      for (const pending of batch) pending.resolve(pending.job)
    })
    const first = groupCommit.submit(1)
    await new Promise((resolve) => setTimeout(resolve, 1))
    const second = groupCommit.submit(2)
    let drained = false
    const drain = groupCommit.drain().then(() => (drained = true))
    expect(drained).toBe(false)
    await expect(Promise.all([first, second])).resolves.toEqual([1, 2])
    await drain
    expect(batches).toEqual([[1], [1, 2], [1, 2]])
  })
})
