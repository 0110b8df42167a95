import { existsSync } from 'node:fs'
import { backupSqliteStore } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'
import { fileSummary } from './file-summary.js'

/** Copies a live SQLite store to `out` (online backup), verifies the copy and prints what it holds. */
export const runBackup = async (path: string, out: string, io: CliIo): Promise<number> => {
  if (existsSync(out)) throw new CliFailure(`cannot back up to ${out}: the file exists`)
  const started = performance.now()
  const copy = await backupSqliteStore(path, out)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  io.out(`Backed up sqlite:${path} to ${out}: ${fileSummary(copy)}, verified, in ${seconds} s\n`)
  return 0
}
