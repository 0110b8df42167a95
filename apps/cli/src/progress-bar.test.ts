import { describe, expect, it } from 'vitest'
import { renderProgressBar } from './progress-bar.js'

describe('renderProgressBar', () => {
  it('shows the share done, the rate and the time left', () => {
    const line = renderProgressBar({ done: 5_000, total: 20_000, elapsedMs: 1_000 }, 20)
    expect(line).toBe('[#####...............]  25% 5,000/20,000 events  5,000 ev/s  ETA 3s')
  })

  it('ends at 100% with no time left, and copes with an empty log', () => {
    expect(renderProgressBar({ done: 10, total: 10, elapsedMs: 5 }, 4)).toMatch(
      /^\[####\] 100% .*ETA 0s$/,
    )
    expect(renderProgressBar({ done: 0, total: 0, elapsedMs: 0 }, 4)).toMatch(
      /100% 0\/0 events {2}0 ev\/s {2}ETA 0s/,
    )
  })
})
