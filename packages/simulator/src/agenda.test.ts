import { describe, expect, it } from 'vitest'
import { createAgenda } from './agenda.js'
import { localInstant } from './local-time.js'

describe('createAgenda', () => {
  it('runs days in order, with tasks scheduled while running on their day or the current one', async () => {
    const agenda = createAgenda()
    const ran: string[] = []
    const at = (day: number) => localInstant(2022, day, 600)
    agenda.schedule(at(5), () => {
      ran.push('day5')
      agenda.schedule(at(2), () => Promise.resolve(void ran.push('late-to-day5')))
      agenda.schedule(at(7), () => Promise.resolve(void ran.push('day7')))
      return Promise.resolve()
    })
    agenda.schedule(at(1), () => Promise.resolve(void ran.push('day1')))
    const days: number[] = []
    await agenda.run({ concurrency: 4, onDay: (day) => days.push(day) })
    expect(ran).toEqual(['day1', 'day5', 'late-to-day5', 'day7'])
    expect(days).toHaveLength(3)
  })

  it('keeps no more tasks in flight than its concurrency', async () => {
    const agenda = createAgenda()
    let inFlight = 0
    let most = 0
    for (let i = 0; i < 20; i++) {
      agenda.schedule(localInstant(2022, 3, 600), async () => {
        most = Math.max(most, ++inFlight)
        await new Promise((resolve) => setImmediate(resolve))
        inFlight--
      })
    }
    await agenda.run({ concurrency: 3 })
    expect(most).toBe(3)
  })
})
