import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityCommandArbitrary } from '../testing/activity-arbitraries.js'
import type { ActivityCommand } from './commands.js'
import { createWenmingDomain } from '../create-wenming-domain.js'

const domain = createWenmingDomain()

type Model = {
  status: 'none' | 'planned' | 'held' | 'cancelled'
  events: number
  sent: number
  last?: { command: ActivityCommand; commandId: string; accepted: boolean }
}
type Real = { store: EventStore }

const freshSetup = (): { model: Model; real: Real } => ({
  model: { status: 'none', events: 0, sent: 0 },
  real: { store: createInMemoryEventStore() },
})

const expectedStatus = (model: Model, command: ActivityCommand): Model['status'] | undefined => {
  if (command.type === 'PlanActivity') return model.status === 'none' ? 'planned' : undefined
  if (model.status !== 'planned') return undefined
  return command.type === 'HoldActivity' ? 'held' : 'cancelled'
}

const countEvents = async (store: EventStore) => {
  let count = 0
  for await (const _ of store.readStream('activity-act-1')) count++
  return count
}

/** Sends a well-formed command under a fresh command id: accepted exactly when the model says so. */
const send = (command: ActivityCommand): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  run: async (model, { store }) => {
    const commandId = `cmd-${++model.sent}`
    const next = expectedStatus(model, command)
    const result = await domain.handleActivityCommand(store, command, { commandId })
    expect(result.ok).toBe(next !== undefined)
    if (next !== undefined) {
      model.status = next
      model.events++
    }
    model.last = { command, commandId, accepted: next !== undefined }
    expect(await countEvents(store)).toBe(model.events)
  },
  toString: () => `send ${command.type}`,
})

/** Re-sends the last accepted command under its id: replayed, nothing appended. */
const resend: fc.AsyncCommand<Model, Real> = {
  check: (model) => model.last?.accepted === true,
  run: async (model, { store }) => {
    const { command, commandId } = model.last!
    const result = await domain.handleActivityCommand(store, command, { commandId })
    expect(result).toMatchObject({ ok: true, replayed: true })
    expect(await countEvents(store)).toBe(model.events)
  },
  toString: () => 'resend last accepted',
}

describe('handleActivityCommand against a model', () => {
  it('accepts a command exactly when the model allows it, and re-sent commands append nothing', async () => {
    const commands = fc.commands(
      [activityCommandArbitrary(fc.constant('act-1')).map(send), fc.constant(resend)],
      { maxCommands: 10 },
    )
    await fc.assert(
      fc.asyncProperty(commands, (cmds) => fc.asyncModelRun(freshSetup, cmds)),
      { numRuns: 60 },
    )
  })
})
