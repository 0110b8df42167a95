import { createInMemoryEventStore, inMemoryReadSide } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { wenmingReadModelNames, wenmingReadModelSlots } from './wenming-read-models.js'

describe('wenmingReadModelSlots', () => {
  it('binds every product read model under its own name, in the listed order', () => {
    const readSide = inMemoryReadSide(createInMemoryEventStore())
    expect(wenmingReadModelSlots(readSide).map((slot) => slot.name)).toEqual([
      ...wenmingReadModelNames,
    ])
  })

  it('binds only the read models asked for', () => {
    const readSide = inMemoryReadSide(createInMemoryEventStore())
    expect(
      wenmingReadModelSlots(readSide, ['work-report', 'order-board']).map((slot) => slot.name),
    ).toEqual(['order-board', 'work-report'])
  })
})
