import type { CommandContext, CommandResult, EventStore } from '@wenming/event-store'
import { activityStream } from '../activity/activity-stream.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { Organiser } from '../volunteer/occasion.js'
import { volunteerStream } from '../volunteer/volunteer-stream.js'
import type { ShiftCommand } from './commands.js'
import type { ShiftDeciderCommand } from './decide.js'
import type { ShiftError } from './errors.js'
import type { ShiftEvent } from './events.js'
import { shiftStream } from './shift-stream.js'
import type { ShiftState } from './state.js'

const resolveFacts = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ShiftCommand,
): Promise<ShiftDeciderCommand> => {
  switch (command.type) {
    case 'ScheduleShift': {
      const state = await runtime.read.activity(store, activityStream(command.data.activityId))
      if (state.status === 'none' || state.status === 'cancelled') {
        return { ...command, facts: { activity: null } }
      }
      const organisers: Organiser[] = [
        { kind: 'site', siteId: state.plan.organizerSiteId },
        ...state.plan.teamIds.map((teamId): Organiser => ({ kind: 'team', teamId })),
      ]
      const date = state.status === 'held' ? state.date : state.plan.plannedDate
      return { ...command, facts: { activity: { title: state.plan.title, date, organisers } } }
    }
    case 'CheckIn': {
      const volunteer = await runtime.read.volunteer(
        store,
        volunteerStream(command.data.volunteerId),
      )
      return { ...command, facts: { volunteerActive: volunteer.status === 'active' } }
    }
    default:
      return command
  }
}

/**
 * Handles a shift command on `shift-<shiftId>`: scheduling reads its activity's organisers, check-in
 * reads whether the volunteer is active; check-in and out need the code inside the geofence (V3).
 *
 * @example
 * const result = await handleShiftCommand(store, shiftCommandSchema.parse(body), { commandId })
 */
export const handleShiftCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ShiftCommand,
  context: CommandContext,
): Promise<CommandResult<ShiftEvent, ShiftState, ShiftError>> =>
  runtime.handle.shift(
    store,
    shiftStream(command.data.shiftId),
    await resolveFacts(runtime, store, command),
    context,
  )
