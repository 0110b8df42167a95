import { readFile, rm, writeFile } from 'node:fs/promises'
import { CliFailure } from './cli-error.js'

type Lease = { pid: number; startedAt: string }

const leasePath = (storePath: string): string => `${storePath}.server`

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM'
  }
}

/** The running server (its pid and start) that holds a SQLite store, if any; stale leases are ignored. */
export const storeHolder = async (storePath: string): Promise<Lease | undefined> => {
  let lease: Lease
  try {
    lease = JSON.parse(await readFile(leasePath(storePath), 'utf8')) as Lease
  } catch {
    return undefined
  }
  return Number.isInteger(lease.pid) && lease.pid !== process.pid && alive(lease.pid)
    ? lease
    : undefined
}

/** Refuses (exit 1) when a running server holds the SQLite store that `action` would change. */
export const refuseIfServed = async (storePath: string, action: string): Promise<void> => {
  const holder = await storeHolder(storePath)
  if (holder !== undefined)
    throw new CliFailure(
      `cannot ${action} sqlite:${storePath}: a running server (pid ${holder.pid}, since ${holder.startedAt}) holds it; stop it first`,
    )
}

/**
 * Marks a SQLite store as held by this server (a `<path>.server` file with its pid) until the
 * returned release runs; refuses when another live server holds it.
 */
export const holdStore = async (storePath: string): Promise<() => Promise<void>> => {
  await refuseIfServed(storePath, 'serve')
  const lease: Lease = { pid: process.pid, startedAt: new Date().toISOString() }
  await writeFile(leasePath(storePath), `${JSON.stringify(lease)}\n`)
  return () => rm(leasePath(storePath), { force: true })
}
