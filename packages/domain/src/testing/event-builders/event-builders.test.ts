import { describe, expect, it } from 'vitest'
import { eventSchemaVersions, wenmingEventSchema } from '../../wenming-event.js'
import { anEvent, eventBuilders } from './event-builders.js'

const registeredTypes = wenmingEventSchema.options.map((option) => option.shape.type.value)

describe('event builders', () => {
  it('cover every registered event type', () => {
    expect(Object.keys(eventBuilders).sort()).toEqual([...registeredTypes].sort())
    expect(Object.keys(eventSchemaVersions).sort()).toEqual([...registeredTypes].sort())
  })

  it.each(registeredTypes)('build a %s its schema accepts unchanged', (type) => {
    const event = eventBuilders[type]()
    expect(event.type).toBe(type)
    expect(wenmingEventSchema.parse(event)).toEqual(event)
  })

  it('replace the fields of data that overrides name, and keep the others', () => {
    const dispatched = anEvent('OrderDispatched', { teamId: 'team-2', reach: 'pooled' })
    expect(dispatched.data).toEqual({
      ...eventBuilders.OrderDispatched().data,
      teamId: 'team-2',
      reach: 'pooled',
    })
    expect(wenmingEventSchema.parse(dispatched)).toEqual(dispatched)
    expect(eventBuilders.OrderTaken({ takenBy: 'v-2' }).data.takenBy).toBe('v-2')
  })

  it('give each call its own event', () => {
    const first = anEvent('TeamRegistered')
    first.data.categories.push('culture')
    expect(anEvent('TeamRegistered').data.categories).toEqual(['health'])
  })
})
