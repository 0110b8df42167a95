import { stat } from 'node:fs/promises'
import { backupSqliteStore } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Copies a live SQLite store to `out` (online backup), verifies the copy and prints what it holds. */
export const runBackup = async (path: string, out: string, io: CliIo): Promise<number> => {
  const taken = await stat(out).then(
    () => true,
    () => false,
  )
  if (taken) throw new CliFailure(`cannot back up to ${out}: the file exists`)
  const started = performance.now()
  const copy = await backupSqliteStore(path, out)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  io.out(
    `Backed up sqlite:${path} to ${out}: ${megabytes(copy.bytes)}, ` +
      `${copy.events.toLocaleString('en-US')} events, last position ${copy.lastPosition}, ` +
      `verified, in ${seconds} s\n`,
  )
  return 0
}
