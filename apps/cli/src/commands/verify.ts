import { existsSync } from 'node:fs'
import { verifySqliteStoreFile } from '@wenming/event-store-sqlite'
import { CliFailure } from '../cli-error.js'
import type { CliIo } from '../main.js'
import { fileSummary } from './file-summary.js'

/** Checks a backup (or a store file at rest): integrity, schema, and what it holds. */
export const runVerify = async (file: string, io: CliIo): Promise<number> => {
  if (!existsSync(file)) throw new CliFailure(`cannot verify ${file}: no such file`)
  const summary = await verifySqliteStoreFile(file)
  io.out(`${file}: a whole Wenming store, ${fileSummary(summary)}\n`)
  return 0
}
