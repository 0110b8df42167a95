import type { CommandContext, CommandResult, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../../runtime/domain-runtime.js'
import type { MonthlyThemeCommand } from './commands.js'
import type { MonthlyThemeError } from './errors.js'
import type { MonthlyThemeEvent } from './events.js'
import { monthlyThemeStream } from './monthly-theme-stream.js'
import type { MonthlyThemeState } from './state.js'

/** Handles a monthly theme command on its stream `theme-<YYYY-MM>` with the kernel's handler. */
export const handleMonthlyThemeCommand = (
  runtime: DomainRuntime,
  store: EventStore,
  command: MonthlyThemeCommand,
  context: CommandContext,
): Promise<CommandResult<MonthlyThemeEvent, MonthlyThemeState, MonthlyThemeError>> =>
  runtime.handle.monthlyTheme(store, monthlyThemeStream(command.data.month), command, context)
