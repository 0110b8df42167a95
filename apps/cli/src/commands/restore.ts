import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { restoreSqliteStore } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'
import { fileSummary } from './file-summary.js'

/** Puts a verified backup in place as a SQLite store; refuses to replace one unless `force`. */
export const runRestore = async (
  backup: string,
  path: string,
  force: boolean,
  io: CliIo,
): Promise<number> => {
  if (!existsSync(backup)) throw new CliFailure(`cannot restore from ${backup}: no such file`)
  if (existsSync(path) && !force)
    throw new CliFailure(`sqlite:${path} exists: pass --force to replace it with ${backup}`)
  await mkdir(dirname(path), { recursive: true })
  const restored = await restoreSqliteStore(backup, path, { overwrite: force })
  io.out(`Restored ${backup} to sqlite:${path}: ${fileSummary(restored)}\n`)
  return 0
}
