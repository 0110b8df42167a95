import { existsSync } from 'node:fs'
import { backupSqliteKeyFile, backupSqliteStore } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'
import { fileSummary } from './file-summary.js'

/**
 * Copies a live SQLite store to `out` (online backup), verifies the copy and prints what it holds;
 * its data keys (`<path>.keys`, when it seals personal data) go to `<out>.keys`, a file to keep
 * under its own rule: a log restored without them reads every personal field as [erased].
 */
export const runBackup = async (path: string, out: string, io: CliIo): Promise<number> => {
  const keys = `${path}.keys`
  const keysOut = `${out}.keys`
  for (const file of existsSync(keys) ? [out, keysOut] : [out]) {
    if (existsSync(file)) throw new CliFailure(`cannot back up to ${file}: the file exists`)
  }
  const started = performance.now()
  const copy = await backupSqliteStore(path, out)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  io.out(`Backed up sqlite:${path} to ${out}: ${fileSummary(copy)}, verified, in ${seconds} s\n`)
  if (existsSync(keys)) {
    await backupSqliteKeyFile(keys, keysOut)
    io.out(
      `Its data keys went to ${keysOut}: keep them apart, under their own rule (a log restored ` +
        `without them reads every personal field as [erased])\n`,
    )
  }
  return 0
}
