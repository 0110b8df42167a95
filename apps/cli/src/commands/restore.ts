import { existsSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { restoreSqliteStore } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'
import { fileSummary } from './file-summary.js'

/**
 * Puts a verified backup in place as a SQLite store; refuses to replace one unless `force`. Its
 * data keys: the store's own key file when there is one (so a person erased since the backup stays
 * erased), else the backup's (`<backup>.keys`); with neither, every personal field reads as
 * [erased].
 */
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
  const keys = `${backup}.keys`
  if (existsSync(`${path}.keys`)) {
    io.out(`Kept the store's own data keys (${path}.keys): whoever was erased stays erased\n`)
  } else if (existsSync(keys)) {
    await copyFile(keys, `${path}.keys`)
    io.out(`Its data keys came from ${keys}\n`)
  } else {
    io.out(`No data keys beside ${backup}: every personal field reads as [erased]\n`)
  }
  return 0
}
