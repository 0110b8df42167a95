import { createInMemoryEventStore, type RecordedEvent } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { ActivityCommand } from './commands.js'
import { createWenmingDomain } from '../create-wenming-domain.js'

const domain = createWenmingDomain()

const metadata = { now: '2022-03-05T01:00:00.000Z', actor: { id: 'user-1' } }

const plan: ActivityCommand = {
  type: 'PlanActivity',
  data: {
    activityId: 'a-9',
    title: '学雷锋广场活动',
    kind: 'square',
    organizerSiteId: 'site-centre',
    teamIds: [],
    plannedDate: '2022-03-05',
  },
  metadata,
}

const hold: ActivityCommand = {
  type: 'HoldActivity',
  data: {
    activityId: 'a-9',
    date: '2022-03-05',
    teamIds: ['team-3'],
    volunteers: 30,
    hours: 2,
    audience: 500,
    notes: '',
  },
  metadata,
}

const read = async (store: ReturnType<typeof createInMemoryEventStore>, stream: string) => {
  const events: RecordedEvent[] = []
  for await (const event of store.readStream(stream)) events.push(event)
  return events
}

describe('handleActivityCommand', () => {
  it('appends to activity-<id> with the schema version and the caller metadata', async () => {
    const store = createInMemoryEventStore()
    await domain.handleActivityCommand(store, plan, {
      commandId: 'c-1',
      metadata: { correlationId: 'x' },
    })
    const result = await domain.handleActivityCommand(store, hold, { commandId: 'c-2' })
    expect(result).toMatchObject({ ok: true, state: { status: 'held', volunteers: 30 } })
    const events = await read(store, 'activity-a-9')
    expect(events.map((e) => e.type)).toEqual(['ActivityPlanned', 'ActivityHeld'])
    expect(events[0]?.metadata).toEqual({ schemaVersion: 1, correlationId: 'x', commandId: 'c-1' })
  })

  it('returns a refusal as a value and appends nothing', async () => {
    const store = createInMemoryEventStore()
    const result = await domain.handleActivityCommand(store, hold, { commandId: 'c-1' })
    expect(result).toMatchObject({ ok: false, error: { type: 'ActivityNotPlanned' } })
    expect(await read(store, 'activity-a-9')).toEqual([])
  })

  it('appends nothing new when the same command is sent again', async () => {
    const store = createInMemoryEventStore()
    await domain.handleActivityCommand(store, plan, { commandId: 'c-1' })
    const again = await domain.handleActivityCommand(store, plan, { commandId: 'c-1' })
    expect(again).toMatchObject({ ok: true, replayed: true })
    expect(await read(store, 'activity-a-9')).toHaveLength(1)
  })
})
