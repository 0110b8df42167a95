import { execFile, execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A PostgreSQL server of its own, in a temp dir on a free port, for tests that must stop or
 * restart the server: the machine's shared server is never touched. It runs as the `postgres`
 * user (PostgreSQL refuses root), with `root` as its trusted superuser.
 */
export type PrivateCluster = {
  /** `postgres://root@127.0.0.1:<port>` (no database). */
  readonly url: string
  restart(): Promise<void>
  /** SIGKILLs the postmaster (its backends die with it), then starts the server again: a crash. */
  killAndStart(): Promise<void>
  remove(): Promise<void>
}

const binDirectory = (): string | undefined => {
  const versions = ['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin`)
  return versions.find((dir) => existsSync(join(dir, 'pg_ctl')))
}

/** Why a private cluster cannot run here, or `undefined` when it can. */
export const privateClusterUnavailable = (): string | undefined => {
  if (binDirectory() === undefined) return 'no PostgreSQL server binaries in /usr/lib/postgresql'
  if (process.getuid?.() !== 0)
    return 'starting a private PostgreSQL needs root (to run it as postgres)'
  return undefined
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('No port')),
      )
    })
  })

export const startPrivateCluster = async (): Promise<PrivateCluster> => {
  const bin = binDirectory()
  if (bin === undefined) throw new Error('No PostgreSQL server binaries')
  const dir = mkdtempSync(join(tmpdir(), 'wenming-pg-cluster-'))
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }))
  chownSync(dir, id('-u'), id('-g'))
  const asPostgres = (command: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { timeout: 60_000 })
  const data = join(dir, 'data')
  const port = await freePort()
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'root', '--no-sync'])
  const pgCtl = (action: string, extra: string[] = []) =>
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      ...extra,
      action,
    ])
  await pgCtl('start')
  return {
    url: `postgres://root@127.0.0.1:${port}`,
    restart: async () => {
      await pgCtl('restart', ['-m', 'fast'])
    },
    killAndStart: async () => {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
      process.kill(pid, 'SIGKILL')
      // The backends notice their postmaster is gone and exit; until they have, the old shared
      // memory is in use and a new postmaster refuses to start.
      for (let attempt = 0; ; attempt++) {
        try {
          await pgCtl('start')
          return
        } catch (error) {
          if (attempt >= 50) throw error
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
    },
    remove: async () => {
      await pgCtl('stop', ['-m', 'immediate']).catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
