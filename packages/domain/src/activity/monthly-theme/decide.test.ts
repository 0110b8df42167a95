import { createInMemoryEventStore } from '@wenming/event-store'
import { deciderSpecification } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import type { SetMonthlyTheme } from './commands.js'
import type { MonthlyThemeSet } from './events.js'
import { monthlyThemeDecider } from './monthly-theme-decider.js'
import { createWenmingDomain } from '../../create-wenming-domain.js'

const domain = createWenmingDomain()

const given = deciderSpecification(monthlyThemeDecider)

const setMarch: SetMonthlyTheme = {
  type: 'SetMonthlyTheme',
  data: { month: '2022-03', title: '学雷锋志愿服务月' },
  metadata: { now: '2022-02-25T02:00:00.000Z', actor: { id: 'centre-admin', role: 'center' } },
}

const marchSet: MonthlyThemeSet = {
  type: 'MonthlyThemeSet',
  data: {
    month: '2022-03',
    title: '学雷锋志愿服务月',
    by: 'centre-admin',
    at: '2022-02-25T02:00:00.000Z',
  },
}

const withData = (data: Partial<SetMonthlyTheme['data']>): SetMonthlyTheme => ({
  ...setMarch,
  data: { ...setMarch.data, ...data },
})

describe('SetMonthlyTheme', () => {
  it('sets the theme of a month', () => {
    given([]).when(setMarch).then([marchSet])
  })

  it('revises the theme with a new title or description', () => {
    given([marchSet])
      .when(withData({ description: '弘扬雷锋精神' }))
      .then([{ ...marchSet, data: { ...marchSet.data, description: '弘扬雷锋精神' } }])
  })

  it('records nothing when the month already has this theme', () => {
    given([marchSet]).when(setMarch).then([])
  })

  it('refuses a month not written YYYY-MM', () => {
    given([])
      .when(withData({ month: '2022-3' }))
      .thenFails({ type: 'ThemeMonthInvalid', month: '2022-3' })
  })

  it('refuses a blank title', () => {
    given([])
      .when(withData({ title: ' ' }))
      .thenFails({ type: 'ThemeTitleMissing', month: '2022-03' })
  })

  it('refuses a command for another month than the stream holds', () => {
    given([marchSet])
      .when(withData({ month: '2022-04' }))
      .thenFails({ type: 'ThemeMonthMismatch', month: '2022-03', commandMonth: '2022-04' })
  })

  it('appends to theme-<YYYY-MM> with the schema version', async () => {
    const store = createInMemoryEventStore()
    await domain.handleMonthlyThemeCommand(store, setMarch, { commandId: 't-1' })
    const events = []
    for await (const event of store.readStream('theme-2022-03')) events.push(event)
    expect(events.map((e) => [e.type, e.metadata])).toEqual([
      ['MonthlyThemeSet', { schemaVersion: 1, commandId: 't-1' }],
    ])
  })
})
