import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { END_OF_STREAM, pullStream, type PullStreamOptions } from './pull-stream.js'

const setup = (overrides: Partial<PullStreamOptions<number, number>> = {}) => {
  const stream = new PassThrough({ objectMode: true })
  const stops: number[] = []
  const iterable = pullStream<number, number>({
    open: () => stream,
    stop: () => {
      stops.push(1)
      return Promise.resolve()
    },
    timeoutMs: 100,
    bound: 'always',
    onTimeout: () => new Error('timed out'),
    map: (n) => (n % 2 === 0 ? n * 10 : undefined),
    mapError: (error) => new Error(`mapped: ${(error as Error).message}`),
    ...overrides,
  })
  return { stream, stops, iterator: iterable[Symbol.asyncIterator]() }
}

const elapsed = async <T>(work: Promise<T>) => {
  const started = performance.now()
  const value = await work.then(
    (v) => ({ ok: true as const, v }),
    (e: unknown) => ({ ok: false as const, e }),
  )
  return { ...value, ms: performance.now() - started }
}

describe('pullStream', () => {
  it('yields mapped items, skips the ones mapped to undefined, and ends with the stream', async () => {
    const { stream, iterator } = setup()
    stream.write(1)
    stream.write(2)
    stream.write(3)
    stream.write(4)
    stream.end()
    const values: number[] = []
    for (let r = await iterator.next(); r.done !== true; r = await iterator.next())
      values.push(r.value)
    expect(values).toEqual([20, 40])
  })

  it('rejects a wait that gets nothing within timeoutMs, and cancels the call', async () => {
    const { stops, iterator } = setup()
    const result = await elapsed(iterator.next())
    expect(result.ok).toBe(false)
    expect((result as { e: Error }).e.message).toBe('timed out')
    expect(result.ms).toBeGreaterThanOrEqual(95)
    expect(result.ms).toBeLessThan(400)
    expect(stops).toHaveLength(1)
  })

  it('bounds each wait, not the whole iteration', async () => {
    const { stream, iterator } = setup()
    const feeding = (async () => {
      for (const n of [2, 4, 6]) {
        await new Promise((resolve) => setTimeout(resolve, 60))
        stream.write(n)
      }
      stream.end()
    })()
    const values: number[] = []
    for (let r = await iterator.next(); r.done !== true; r = await iterator.next())
      values.push(r.value)
    await feeding
    expect(values).toEqual([20, 40, 60])
  })

  it('waits without bound once a subscription is confirmed', async () => {
    const { stream, iterator } = setup({ bound: 'until-confirmed' })
    stream.emit('confirmation')
    setTimeout(() => stream.write(8), 250)
    const result = await elapsed(iterator.next())
    expect(result).toMatchObject({ ok: true, v: { done: false, value: 80 } })
    expect(result.ms).toBeGreaterThanOrEqual(240)
  })

  it('still bounds the wait for the confirmation itself', async () => {
    const { iterator } = setup({ bound: 'until-confirmed' })
    expect((await elapsed(iterator.next())).ok).toBe(false)
  })

  it('throws a failure mapped, even one emitted before the first next()', async () => {
    const { stream, stops, iterator } = setup()
    stream.emit('error', new Error('boom'))
    await expect(iterator.next()).rejects.toThrow('mapped: boom')
    expect(stops).toHaveLength(1)
  })

  it('ends quietly when the failure maps to END_OF_STREAM (a stream not found)', async () => {
    const { stream, iterator } = setup({ mapError: () => END_OF_STREAM })
    stream.emit('error', new Error('not found'))
    expect(await iterator.next()).toEqual({ done: true, value: undefined })
  })

  it('returns at once while a next() is pending, and cancels the call', async () => {
    const { stops, iterator } = setup({ bound: 'until-confirmed' })
    const pending = iterator.next()
    await iterator.return?.()
    expect(await pending).toEqual({ done: true, value: undefined })
    expect(stops).toHaveLength(1)
  })

  it('ends without waiting once the caller has what it asked for', async () => {
    let taken = 0
    const { stream, iterator } = setup({
      isComplete: () => taken >= 1,
      map: (n) => {
        taken++
        return n
      },
    })
    stream.write(5)
    expect(await iterator.next()).toEqual({ done: false, value: 5 })
    const result = await elapsed(iterator.next())
    expect(result).toMatchObject({ ok: true, v: { done: true } })
    expect(result.ms).toBeLessThan(50)
  })

  it('throws what map throws, and cancels the call', async () => {
    const { stream, stops, iterator } = setup({
      map: () => {
        throw new RangeError('bad position')
      },
    })
    stream.write(1)
    await expect(iterator.next()).rejects.toThrow('bad position')
    expect(stops).toHaveLength(1)
  })
})
