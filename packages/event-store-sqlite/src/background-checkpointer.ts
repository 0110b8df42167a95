import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** A worker thread that checkpoints the WAL of one database file on its own connection. */
export type BackgroundCheckpointer = {
  /** Stops the worker; resolves once its connection is closed. */
  stop(): Promise<void>
}

// CommonJS, run by `new Worker(..., { eval: true })`: the worker loads better-sqlite3 by the path
// this package resolved, so it works wherever the package is installed.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const database = new Database(workerData.path, { timeout: workerData.busyTimeoutMs })
const checkpoint = () => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    // A busy or locked database: the next round tries again; the writer's backstop still holds.
  }
}
const timer = setInterval(checkpoint, workerData.intervalMs)
parentPort.on('message', () => {
  clearInterval(timer)
  database.close()
  parentPort.close()
})
`

/**
 * Starts checkpointing `path` every `intervalMs` from a worker thread. A checkpoint copies the WAL
 * into the database file and fsyncs it; done by the writing connection (SQLite's autocheckpoint),
 * it stalls the event loop every thousand pages, and every request waits with it. A
 * PASSIVE checkpoint never blocks the writer, and changes nothing about durability: a commit is
 * durable once its WAL frames are synced, whoever copies them into the database later.
 */
export const startBackgroundCheckpointer = (
  path: string,
  options: { intervalMs: number; busyTimeoutMs: number },
): BackgroundCheckpointer => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(workerSource, {
    eval: true,
    // The worker's code is CommonJS whatever flags started this process (--input-type=module).
    execArgv: [],
    workerData: { path, driver, ...options },
  })
  // A background helper must not keep the process alive by itself. If it fails (the file cannot be
  // opened a second time), the writer's own autocheckpoint backstop still bounds the WAL.
  worker.unref()
  worker.on('error', () => {})
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  let stopping: Promise<void> | undefined
  return {
    stop: () => {
      stopping ??= (() => {
        // Whoever awaits the stop keeps the process alive until the worker has closed its file.
        worker.ref()
        worker.postMessage('stop')
        return exited
      })()
      return stopping
    },
  }
}
