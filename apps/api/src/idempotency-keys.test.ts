import { describe, expect, it } from 'vitest'
import { createInMemoryIdempotencyKeys } from './idempotency-keys.js'

const HOUR = 3_600_000

describe('createInMemoryIdempotencyKeys', () => {
  it('finds a key within its window only, keeping the first record of a key', async () => {
    const keys = createInMemoryIdempotencyKeys(24 * HOUR)
    await keys.save({ key: 'a', fingerprint: 'f1', response: '1', recordedAt: 0 })
    await keys.save({ key: 'a', fingerprint: 'f2', response: '2', recordedAt: 1 })
    expect((await keys.find('a', 23 * HOUR))?.fingerprint).toBe('f1')
    expect(await keys.find('a', 25 * HOUR)).toBeUndefined()
  })

  it('forgets expired keys as new ones are saved', async () => {
    const keys = createInMemoryIdempotencyKeys(HOUR)
    await keys.save({ key: 'old', fingerprint: 'f', response: '1', recordedAt: 0 })
    await keys.save({ key: 'new', fingerprint: 'f', response: '2', recordedAt: 2 * HOUR })
    expect(await keys.find('old', 0)).toBeUndefined()
    expect((await keys.find('new', 2 * HOUR))?.response).toBe('2')
  })
})
