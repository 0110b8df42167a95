import pg from 'pg'
import { APPENDED_CHANNEL } from './schema.js'

/** Listeners for committed appends, over one dedicated `LISTEN` connection opened on demand. */
export type AppendNotifications = {
  /** Calls `listener` with the last position of every append committed from now on; returns an unsubscribe. */
  subscribe(listener: (position: number) => void): () => void
  close(): Promise<void>
}

const RECONNECT_MS = 500

/**
 * `LISTEN wenming_appended` on its own connection (a pooled one would be handed to others): every
 * committed append, from any process, notifies its last position. A lost connection is opened
 * again while anyone listens; a reconnect also calls the listeners, since appends may have
 * committed while nobody heard.
 */
export const createAppendNotifications = (config: pg.ClientConfig): AppendNotifications => {
  const listeners = new Set<(position: number) => void>()
  let client: pg.Client | undefined
  let closed = false
  let retry: NodeJS.Timeout | undefined
  let lastHeard = 0

  const notify = (position: number): void => {
    for (const listener of listeners) listener(position)
  }

  const connect = (reconnecting: boolean): void => {
    if (closed || client !== undefined || listeners.size === 0) return
    // No statement timeout: this connection only waits.
    const next = new pg.Client({ ...config, statement_timeout: 0, query_timeout: 0 })
    client = next
    const drop = (): void => {
      if (client !== next) return
      client = undefined
      next.end().catch(() => {})
      if (!closed && listeners.size > 0) retry = setTimeout(() => connect(true), RECONNECT_MS)
    }
    next.on('error', drop)
    next.on('end', drop)
    next.on('notification', (message) => {
      const position = Number(message.payload)
      if (Number.isFinite(position)) notify((lastHeard = Math.max(lastHeard, position)))
    })
    next
      .connect()
      .then(() => next.query(`LISTEN ${APPENDED_CHANNEL}`))
      .then(() => {
        if (reconnecting) notify(lastHeard)
      })
      .catch(drop)
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener)
      connect(false)
      return () => {
        listeners.delete(listener)
      }
    },
    close: async () => {
      closed = true
      clearTimeout(retry)
      listeners.clear()
      const open = client
      client = undefined
      await open?.end().catch(() => {})
    },
  }
}
