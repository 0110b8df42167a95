import type { CommandContext } from '@wenming/event-store'

/**
 * The context of one step of a process: its command id derives from the triggering command's, so
 * re-running the process after a crash replays finished steps instead of repeating them.
 */
export const stepContext = (context: CommandContext, step: string): CommandContext =>
  context.metadata === undefined
    ? { commandId: `${context.commandId}:${step}` }
    : { commandId: `${context.commandId}:${step}`, metadata: context.metadata }
