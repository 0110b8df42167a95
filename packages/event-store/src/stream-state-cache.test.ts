import { describe, expect, it } from 'vitest'
import { createStreamStateCache, type StreamStateEntry } from './stream-state-cache.js'

const entry = (revision: number, ...commandIds: string[]): StreamStateEntry<number> => ({
  revision,
  state: revision * 10,
  commandIds: new Set(commandIds),
})

describe('createStreamStateCache', () => {
  it('keeps what it is offered, per stream', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0 })
    cache.offer('a', entry(3, 'c1'))
    cache.offer('b', entry(5))
    expect(cache.get('a')).toEqual(entry(3, 'c1'))
    expect(cache.get('b')?.state).toBe(50)
    expect(cache.get('c')).toBeUndefined()
  })

  it('only moves an entry forward: an older revision offered later is ignored', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0 })
    cache.offer('a', entry(7))
    cache.offer('a', entry(4))
    expect(cache.get('a')?.revision).toBe(7)
    cache.offer('a', entry(9))
    expect(cache.get('a')?.revision).toBe(9)
  })

  it('evicts the least recently offered stream beyond maxStreams', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0, maxStreams: 2 })
    cache.offer('a', entry(0))
    cache.offer('b', entry(0))
    cache.offer('a', entry(1)) // 'b' is now the least recently offered
    cache.offer('c', entry(0))
    expect(cache.get('a')?.revision).toBe(1)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('c')).toBeDefined()
  })

  it('evicts old streams to stay within the command id budget', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0, maxCommandIds: 3 })
    cache.offer('a', entry(1, 'a1', 'a2'))
    cache.offer('b', entry(0, 'b1'))
    cache.offer('c', entry(1, 'c1', 'c2'))
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')).toBeDefined()
    expect(cache.get('c')).toBeDefined()
  })

  it('keeps no stream whose command ids alone pass the budget', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0, maxCommandIds: 1 })
    cache.offer('a', entry(0, 'a1'))
    cache.offer('a', entry(1, 'a1', 'a2'))
    cache.offer('b', entry(1, 'b1', 'b2'))
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')).toBeUndefined()
  })

  it('does not keep streams shorter than minEvents', () => {
    const cache = createStreamStateCache<number>({ minEvents: 3 })
    expect([cache.admits(-1), cache.admits(1), cache.admits(2)]).toEqual([false, false, true])
    cache.offer('a', entry(1))
    cache.offer('b', entry(2))
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')).toBeDefined()
  })

  it('keeps nothing with maxStreams 0', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0, maxStreams: 0 })
    cache.offer('a', entry(5))
    expect(cache.admits(5)).toBe(false)
    expect(cache.get('a')).toBeUndefined()
  })

  it('forgets a deleted stream', () => {
    const cache = createStreamStateCache<number>({ minEvents: 0, maxStreams: 1 })
    cache.offer('a', entry(2))
    cache.delete('a')
    expect(cache.get('a')).toBeUndefined()
    cache.offer('a', entry(1))
    expect(cache.get('a')?.revision).toBe(1)
  })
})
