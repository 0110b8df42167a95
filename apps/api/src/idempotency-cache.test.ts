import { describe, expect, it } from 'vitest'
import { createIdempotencyCache } from './idempotency-cache.js'

const stored = { statusCode: 201, headers: { etag: '"0"' }, body: { ok: true } }

describe('createIdempotencyCache', () => {
  it('hands a retry the first response, even while the first request still runs', async () => {
    const cache = createIdempotencyCache()
    const first = cache.lookup('k', 'f')
    const retry = cache.lookup('k', 'f')
    expect(first.kind).toBe('miss')
    expect(retry.kind).toBe('hit')
    if (first.kind === 'miss') first.settle(stored)
    if (retry.kind === 'hit') expect(await retry.response).toBe(stored)
  })

  it('refuses the same key for another request', () => {
    const cache = createIdempotencyCache()
    cache.lookup('k', 'f')
    expect(cache.lookup('k', 'g').kind).toBe('conflict')
  })

  it('releases a key whose request failed, so a retry runs again', async () => {
    const cache = createIdempotencyCache()
    const first = cache.lookup('k', 'f')
    const waiting = cache.lookup('k', 'f')
    if (first.kind === 'miss') first.settle(undefined)
    if (waiting.kind === 'hit') await expect(waiting.response).rejects.toThrow()
    expect(cache.lookup('k', 'f').kind).toBe('miss')
  })

  it('forgets the oldest keys beyond its capacity', () => {
    const cache = createIdempotencyCache(2)
    for (const key of ['a', 'b', 'c']) cache.lookup(key, 'f')
    expect(cache.size()).toBe(2)
    expect(cache.lookup('a', 'f').kind).toBe('miss')
  })
})
