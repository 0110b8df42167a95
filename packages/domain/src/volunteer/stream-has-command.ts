import type { EventStore } from '@wenming/event-store'

/** Whether `streamName` already holds events of the command `commandId` (a re-sent process step). */
export const streamHasCommand = async (
  store: EventStore,
  streamName: string,
  commandId: string,
): Promise<boolean> => {
  for await (const recorded of store.readStream(streamName)) {
    if (recorded.metadata?.['commandId'] === commandId) return true
  }
  return false
}
