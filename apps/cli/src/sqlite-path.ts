import { constants } from 'node:fs'
import { access, mkdir, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { CliFailure } from './cli-error.js'
import { failureMessage } from './failure-message.js'

const exists = async (path: string): Promise<boolean> => {
  try {
    await stat(path)
    return true
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return false
    throw new CliFailure(`cannot open the store sqlite:${path}: ${failureMessage(error)}`)
  }
}

const writable = async (path: string, store: string): Promise<void> => {
  try {
    await access(path, constants.R_OK | constants.W_OK)
  } catch (error) {
    throw new CliFailure(`cannot open the store sqlite:${store}: ${failureMessage(error)}`)
  }
}

/**
 * Checks, before SQLite sees it, that a store path can be opened for writing: an existing regular
 * file in a writable directory, or with `create` a new one (its directory is made). SQLite alone
 * would say only "unable to open database file", or spin on a pseudo-filesystem such as /proc.
 */
export const prepareSqlitePath = async (path: string, create: boolean): Promise<void> => {
  if (path === ':memory:') return
  const absolute = resolve(path)
  if (/^\/(proc|sys)(\/|$)/.test(absolute))
    throw new CliFailure(
      `cannot open the store sqlite:${path}: ${absolute.split('/')[1] ?? ''} is a kernel pseudo-filesystem, not a place for files`,
    )
  const directory = dirname(absolute)
  if (await exists(absolute)) {
    const info = await stat(absolute)
    if (!info.isFile())
      throw new CliFailure(`cannot open the store sqlite:${path}: it is not a regular file`)
    await writable(absolute, path)
    // WAL and shared-memory files are made beside the database.
    await writable(directory, path)
    return
  }
  if (!create)
    throw new CliFailure(
      `no store at sqlite:${path} (${absolute} does not exist): pass --create to make a new one`,
    )
  try {
    await mkdir(directory, { recursive: true })
  } catch (error) {
    throw new CliFailure(`cannot create the store sqlite:${path}: ${failureMessage(error)}`)
  }
  await writable(directory, path)
}
