import { createRequire } from 'node:module'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { LeanEvent, RecordedEvent } from '@wenming/event-store'
import type { EventWindowReader } from './event-window-reader.js'
import {
  FULL_WINDOW,
  LEAN_WINDOW,
  sortedTypes,
  windowKey,
  windowSql,
  type WindowKind,
} from './event-window-sql.js'

/** Reads windows of a store file's log on a worker thread, the next window while one is used. */
export type ReadAheadWindowReader = {
  /** The events at positions `after < position <= until`, only those of `types` if given. */
  read(after: number, until: number, types?: readonly string[]): Promise<RecordedEvent[]>
  /** The same window as lean events (`{ type, data, position }`), the rest of each event unread. */
  readLean(after: number, until: number, types?: readonly string[]): Promise<LeanEvent[]>
  /** Stops the worker; pending reads fail. */
  close(): Promise<void>
}

// CommonJS for `new Worker(..., { eval: true })`; better-sqlite3 is loaded by the path this package
// resolved. The worker only runs the SQL it is sent and returns the window's JSON text.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const database = new Database(workerData.path, { readonly: true, fileMustExist: true })
workerData.ready.postMessage('ready')
workerData.ready.close()
const statements = new Map()
parentPort.on('message', (message) => {
  if (message === 'close') {
    database.close()
    parentPort.close()
    return
  }
  const { id, sql, parameters } = message
  try {
    let statement = statements.get(sql)
    if (statement === undefined) statements.set(sql, (statement = database.prepare(sql).pluck()))
    parentPort.postMessage({ id, json: statement.get(...parameters) })
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) })
  }
})
`

export type ReadAheadWindowReaderOptions = {
  /**
   * A reader on the caller's own connection, which reads the windows asked for while the worker
   * starts, so the first windows do not wait for it.
   */
  inThread?: EventWindowReader
}

/** A window asked of the worker; `key` tells its kind (full or lean) and type filter. */
type Window = { after: number; until: number; key: string; json: Promise<string | null> }

/**
 * A window reader for rebuilds that uses the second core: a worker thread with its own read-only
 * connection runs each window's query (the scan and the JSON join, about a third of a rebuild's
 * time) while the caller decodes and folds the previous window, and asks for the next window of
 * the same size, kind (whole or lean events) and types as soon as one is handed out. Decoding
 * stays on the caller's thread: parsed objects would cost as much to copy across threads as to
 * parse.
 *
 * @example
 * const reader = createReadAheadWindowReader('wenming.db')
 * const first = await reader.read(0, 1024)
 * await reader.close()
 */
export const createReadAheadWindowReader = (
  path: string,
  options: ReadAheadWindowReaderOptions = {},
): ReadAheadWindowReader => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  // The worker says on its own port when its connection is open; the caller polls that port
  // synchronously, since a rebuild's loop may not give the event loop a turn for a while.
  const ready = new MessageChannel()
  ready.port1.unref()
  // execArgv: the worker's code is CommonJS, whatever flags started this process.
  const worker = new Worker(workerSource, {
    eval: true,
    execArgv: [],
    workerData: { path, driver, ready: ready.port2 },
    transferList: [ready.port2],
  })
  const { inThread } = options
  let workerReady = inThread === undefined
  const pollReady = (): boolean => {
    if (!workerReady && receiveMessageOnPort(ready.port1) !== undefined) {
      workerReady = true
      ready.port1.close()
    }
    return workerReady
  }
  const pending = new Map<
    number,
    { resolve: (json: string | null) => void; reject: (error: Error) => void }
  >()
  let nextId = 0
  let failure: Error | undefined
  /** Set by close: the worker stays referenced until it has exited. */
  let stopping = false
  const failAll = (error: Error): void => {
    failure ??= error
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  // The worker keeps the process alive only while a read waits for it: a reader left open (an
  // abandoned iteration) does not hold a finished program.
  worker.unref()
  worker.on('message', (message: { id: number; json?: string | null; error?: string }) => {
    const waiting = pending.get(message.id)
    pending.delete(message.id)
    if (pending.size === 0 && !stopping) worker.unref()
    if (message.error !== undefined) waiting?.reject(new Error(message.error))
    else waiting?.resolve(message.json ?? null)
  })
  worker.on('error', failAll)
  worker.on('exit', () => failAll(new Error(`The read-ahead reader of '${path}' has stopped`)))

  const query = (sql: string, parameters: unknown[]) =>
    new Promise<string | null>((resolve, reject) => {
      if (failure !== undefined) return reject(failure)
      const id = nextId++
      if (pending.size === 0) worker.ref()
      pending.set(id, { resolve, reject })
      worker.postMessage({ id, sql, parameters })
    })
  const ask = (
    kind: WindowKind<unknown>,
    after: number,
    until: number,
    types: readonly string[] | undefined,
  ): Window => {
    const json = query(windowSql(kind, types), [after, until, ...(types ?? [])])
    // A window read ahead and never used must not surface as an unhandled rejection.
    json.catch(() => {})
    return { after, until, key: windowKey(kind, types), json }
  }
  let ahead: Window | undefined
  let closed = false

  const readWindow = async <Event>(
    kind: WindowKind<Event>,
    after: number,
    until: number,
    types: readonly string[] | undefined,
  ): Promise<Event[]> => {
    if (closed) throw new Error(`The read-ahead reader of '${path}' has stopped`)
    const wanted = sortedTypes(types)
    // Until the worker is ready, every window is read here.
    if (!pollReady()) return kind.readWith(inThread!, after, until, wanted)
    const key = windowKey(kind, wanted)
    const readAhead =
      ahead !== undefined && ahead.after === after && ahead.until === until && ahead.key === key
    const window = readAhead
      ? ahead
      : inThread === undefined
        ? ask(kind, after, until, wanted)
        : undefined
    ahead = ask(kind, until, until + (until - after), wanted)
    // A window not read ahead (the first since the worker is ready, or after a change of kind or
    // types) is read here rather than waited for.
    if (window === undefined) return kind.readWith(inThread!, after, until, wanted)
    return kind.decode(await window.json)
  }

  return {
    read: (after, until, types) => readWindow(FULL_WINDOW, after, until, types),
    readLean: (after, until, types) => readWindow(LEAN_WINDOW, after, until, types),
    close: async () => {
      closed = true
      ahead = undefined
      if (!workerReady) ready.port1.close()
      if (failure !== undefined) return
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      stopping = true
      worker.ref()
      worker.postMessage('close')
      await exited
    },
  }
}
