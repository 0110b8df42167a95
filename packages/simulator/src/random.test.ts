import { describe, expect, it } from 'vitest'
import { createRandom } from './random.js'

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 8 }, () => random.int(0, 1_000_000))
    }
    expect(draw(2022)).toEqual(draw(2022))
    expect(draw(2022)).not.toEqual(draw(2023))
  })

  it('keeps integers inside their bounds and spreads them over the range', () => {
    const random = createRandom(7)
    const counts = [0, 0, 0, 0, 0, 0]
    for (let i = 0; i < 6000; i++) counts[random.int(1, 6) - 1]! += 1
    for (const count of counts) expect(count).toBeGreaterThan(850)
    expect(counts.reduce((a, b) => a + b)).toBe(6000)
  })

  it('shuffles into a permutation', () => {
    const random = createRandom(1)
    const items = Array.from({ length: 50 }, (_, i) => i)
    const shuffled = random.shuffle(items)
    expect(shuffled).not.toEqual(items)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
  })
})
