import type { Actor, CommandMetadata } from '@wenming/domain'
import type { CommandContext, EventStore } from '@wenming/event-store'
import { iso } from './local-time.js'
import { SimulationError } from './simulation-error.js'

type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown }

/** A domain command handler: `(store, command, context) => result`. */
export type DomainHandler<Command, Result extends Outcome> = (
  store: EventStore,
  command: Command,
  context: CommandContext,
) => Promise<Result>

/** Sends commands to the real domain handlers with metadata (`now`, actor) and unique command ids. */
export type CommandSender = {
  /** Sends a command; resolves to the handler's result, refusals included. */
  send<Command extends { metadata: CommandMetadata }, Result extends Outcome>(
    handler: DomainHandler<Command, Result>,
    command: Omit<Command, 'metadata'>,
    now: number,
    actor: Actor,
    key: string,
  ): Promise<Result>
  /** Sends a command that must succeed; a refusal throws a {@link SimulationError}. */
  must<Command extends { metadata: CommandMetadata }, Result extends Outcome>(
    handler: DomainHandler<Command, Result>,
    command: Omit<Command, 'metadata'>,
    now: number,
    actor: Actor,
    key: string,
  ): Promise<Extract<Result, { ok: true }>>
  /** Commands sent so far. */
  readonly sent: () => number
}

/** A command sender for `store`; a command's id is `<prefix>:<key>`, so keys must be unique. */
export const createCommandSender = (store: EventStore, prefix: string): CommandSender => {
  let count = 0
  const send = <Command extends { metadata: CommandMetadata }, Result extends Outcome>(
    handler: DomainHandler<Command, Result>,
    command: Omit<Command, 'metadata'>,
    now: number,
    actor: Actor,
    key: string,
  ): Promise<Result> => {
    count += 1
    const full = { ...command, metadata: { now: iso(now), actor } } as Command
    return handler(store, full, { commandId: `${prefix}:${key}` })
  }
  return {
    send,
    must: async (handler, command, now, actor, key) => {
      const result = await send(handler, command, now, actor, key)
      if (!result.ok) {
        const type = (command as { type?: string }).type ?? 'command'
        throw new SimulationError(
          `${type} (${key}) was refused: ${JSON.stringify(result.error)}`,
          result.error,
        )
      }
      return result as never
    },
    sent: () => count,
  }
}
