import { mkdir, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { restoreSqliteStore } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'

/** Replaces a SQLite store with a verified backup; refuses to overwrite one unless `force`. */
export const runRestore = async (
  backup: string,
  path: string,
  force: boolean,
  io: CliIo,
): Promise<number> => {
  const exists = await stat(path).then(
    () => true,
    () => false,
  )
  if (exists && !force)
    throw new CliFailure(`sqlite:${path} exists: pass --force to replace it with ${backup}`)
  await mkdir(dirname(path), { recursive: true })
  const restored = await restoreSqliteStore(backup, path, { overwrite: force })
  io.out(
    `Restored ${backup} to sqlite:${path}: ${restored.events.toLocaleString('en-US')} events, ` +
      `last position ${restored.lastPosition}\n`,
  )
  return 0
}
