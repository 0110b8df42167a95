import type { CommandContext, EventStore } from '@wenming/event-store'
import { createWenmingDomain, type WenmingDomain } from '../create-wenming-domain.js'
import type { NetworkCommand } from './network-arbitraries.js'

// The testing helpers' own domain object (its caches are the tests', never an app's).
const testDomain = createWenmingDomain()

/** Routes any public command to its aggregate's handler; `ok` tells whether it was accepted. */
export const handleNetworkCommand = async (
  store: EventStore,
  command: NetworkCommand,
  context: CommandContext,
  domain: WenmingDomain = testDomain,
): Promise<{ readonly ok: boolean; readonly error?: unknown }> => {
  const result = await domain.handleWenmingCommand(store, command, context)
  return result.ok ? { ok: true } : { ok: false, error: result.error }
}

/** Runs `commands` one after another (command ids `<prefix>-<index>`); returns how many were accepted. */
export const runNetworkCommands = async (
  store: EventStore,
  commands: readonly NetworkCommand[],
  prefix = 'cmd',
  domain: WenmingDomain = testDomain,
): Promise<number> => {
  let accepted = 0
  for (const [index, command] of commands.entries()) {
    const result = await handleNetworkCommand(
      store,
      command,
      { commandId: `${prefix}-${index}` },
      domain,
    )
    if (result.ok) accepted++
  }
  return accepted
}
