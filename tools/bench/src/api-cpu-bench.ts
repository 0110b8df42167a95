import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createWenmingApi, type AuthConfig } from '@wenming/api'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import type { Benchmark, Metric } from './metric.js'
import { seedApiBench } from './api-seed.js'

const CONNECTIONS = 64
const WARM_UP = 500
const TOKEN = 'bench-dispatcher-token-0123456789'
const auth: AuthConfig = {
  tokens: [
    {
      token: TOKEN,
      principal: { id: 'bench-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}

/**
 * `amount` POSTs from autocannon in a child process, so that the CPU this process spends is the
 * server's alone (its main thread and its store's worker threads).
 */
const drive = (url: string, headers: Record<string, string>, body: string, amount: number) =>
  new Promise<void>((resolve, reject) => {
    const autocannon = createRequire(import.meta.url).resolve('autocannon')
    const options = { url, method: 'POST', headers, body, connections: CONNECTIONS, amount }
    const script =
      `require(${JSON.stringify(autocannon)})(${JSON.stringify(options)}, (error, result) => {` +
      ` if (error) { console.error(error.message); process.exit(1) }` +
      ` if (result.non2xx > 0 || result.errors > 0) {` +
      ` console.error(result.non2xx + ' non-2xx, ' + result.errors + ' errors'); process.exit(1) }` +
      ` process.exit(0) })`
    const child = spawn(process.execPath, ['-e', script], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`api-cpu: the load generator exited ${code}`)),
    )
  })

/**
 * This machine's reference in the same run: CPU µs per unit of a fixed JavaScript workload (an
 * event's JSON round trip and a SHA-1), so that figures from machines of different speeds compare
 * as ratios.
 */
const referenceMicros = (): number => {
  const event = {
    type: 'RequestOrderPlaced',
    data: { orderId: 'order-0', siteId: 'station-1', category: 'health', need: '健康义诊' },
  }
  const units = 50_000
  const started = process.cpuUsage()
  let sink = 0
  for (let i = 0; i < units; i++) {
    const text = JSON.stringify({ ...event, position: i })
    sink += (JSON.parse(text) as { position: number }).position
    sink += createHash('sha1').update(text).digest()[0] ?? 0
  }
  const used = process.cpuUsage(started)
  if (sink < 0) throw new Error('unreachable')
  return (used.user + used.system) / units
}

const commandsOf = (args: readonly string[]): number => {
  const at = args.indexOf('--commands')
  const value = at === -1 ? 5000 : Number(args[at + 1])
  if (!Number.isInteger(value) || value < 100)
    throw new Error('--commands takes a whole number ≥ 100')
  return value
}

/**
 * The server's CPU time per command: POST /orders (one append each) over loopback on SQLite with
 * full durability, 64 connections, a fixed number of commands after a warm-up. CPU time, unlike
 * throughput, hardly moves with what else the machine runs, so two builds compare on a busy one.
 */
export const apiCpuBench: Benchmark = {
  name: 'api-cpu',
  description:
    'server CPU µs per POST /orders (SQLite full durability, 64 connections, load generator in a ' +
    'child process; --commands N, default 5000), with the machine reference of the same run',
  run: async ({ log, args }) => {
    const commands = commandsOf(args)
    const dir = await mkdtemp(join(tmpdir(), 'wenming-api-cpu-'))
    const store = createSqliteEventStore({
      path: join(dir, 'events.db'),
      durability: 'full',
      checkpoints: 'background',
    })
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({ store, readSide, auth })
    try {
      const url = await api.app.listen({ host: '127.0.0.1', port: 0 })
      const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
      const { siteId } = await seedApiBench(url, headers)
      const body = JSON.stringify({
        siteId,
        category: 'health',
        wantedAt: '2022-06-01T09:00:00.000Z',
      })
      await drive(`${url}/orders`, headers, body, WARM_UP)
      const reference = referenceMicros()
      log(`api-cpu: ${commands} commands POST /orders at ${CONNECTIONS} connections`)
      const started = process.cpuUsage()
      const startedAt = performance.now()
      await drive(`${url}/orders`, headers, body, commands)
      const used = process.cpuUsage(started)
      const seconds = (performance.now() - startedAt) / 1000
      const perCommand = (used.user + used.system) / commands
      const metrics: Metric[] = [
        { name: 'api_cpu.us_per_command', value: perCommand, unit: 'µs' },
        { name: 'api_cpu.reference_us', value: reference, unit: 'µs' },
        { name: 'api_cpu.per_command_in_references', value: perCommand / reference, unit: 'x' },
        { name: 'api_cpu.commands_per_s', value: commands / seconds, unit: 'commands/s' },
      ]
      return metrics
    } finally {
      await api.close()
      await readSide.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    }
  },
}
