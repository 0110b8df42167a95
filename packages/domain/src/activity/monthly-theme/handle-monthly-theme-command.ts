import {
  createCommandHandler,
  type CommandContext,
  type CommandResult,
  type EventStore,
} from '@wenming/event-store'
import { schemaVersionMetadata } from '../../shared/schema-version-metadata.js'
import type { MonthlyThemeCommand } from './commands.js'
import type { MonthlyThemeError } from './errors.js'
import { monthlyThemeEventSchemaVersions, type MonthlyThemeEvent } from './events.js'
import { monthlyThemeDecider } from './monthly-theme-decider.js'
import { monthlyThemeStream } from './monthly-theme-stream.js'
import type { MonthlyThemeState } from './state.js'

const handle = createCommandHandler(monthlyThemeDecider, {
  eventMetadata: schemaVersionMetadata(monthlyThemeEventSchemaVersions),
})

/**
 * Handles a monthly theme command on its stream `theme-<YYYY-MM>` with the kernel's handler.
 *
 * @example
 * await handleMonthlyThemeCommand(store, setMonthlyTheme, { commandId: 'cmd-7' })
 */
export const handleMonthlyThemeCommand = (
  store: EventStore,
  command: MonthlyThemeCommand,
  context: CommandContext,
): Promise<CommandResult<MonthlyThemeEvent, MonthlyThemeState, MonthlyThemeError>> =>
  handle(store, monthlyThemeStream(command.data.month), command, context)
