import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'wenming.js')

const wenming = (args: string[], env: Record<string, string> = {}) => {
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  })
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: performance.now() - started,
  }
}

/** Expects one line on stderr, naming what failed, and no stack trace. */
const expectOneLine = (result: ReturnType<typeof wenming>, code: number, pattern: RegExp) => {
  expect(result.code, result.stderr).toBe(code)
  expect(result.stderr).toMatch(/^wenming: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('the wenming binary', () => {
  let dir: string
  let store: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-cli-'))
    store = `sqlite:${join(dir, 'data', 'wenming.db')}`
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it(
    'prints its usage with --help and exits 2 on an unknown command or option',
    { timeout: 60_000 },
    () => {
      const help = wenming(['--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain('Usage: wenming')
      expect(wenming(['fly']).code).toBe(2)
      const badFormat = wenming([
        'report',
        '--year',
        '2022',
        '--format',
        'pdf',
        '--store',
        'memory',
      ])
      expect(badFormat.code).toBe(2)
      expect(badFormat.stderr).toContain('--format')
      expect(wenming(['serve', '--store', 'mysql://x']).code).toBe(2)
    },
  )

  it('prints its version and per-command help listing every option', () => {
    expect(wenming(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const report = wenming(['report', '--help'])
    expect(report.code).toBe(0)
    for (const option of ['--period', '--district', '--year', '--format', '--store'])
      expect(report.stdout).toContain(option)
    const rebuild = wenming(['rebuild', '--help'])
    for (const name of ['order-board', 'team-workload', 'cluster-pool', 'dispatch-candidates'])
      expect(rebuild.stdout).toContain(name)
    expect(wenming(['events', 'tail', '--help']).stdout).toMatch(/--type[\s\S]*--stream/)
  })

  it('prints one line and exits 2 on usage errors', () => {
    expectOneLine(wenming(['fly']), 2, /unknown command 'fly'/)
    expectOneLine(wenming(['report', '--year', '20x2', '--store', 'memory']), 2, /--year/)
    expectOneLine(wenming(['report', '--period', '2022-13', '--store', 'memory']), 2, /2022-13/)
    expectOneLine(wenming(['report', '--store', 'memory']), 2, /--year/)
    expectOneLine(wenming(['serve', '--store', 'memory']), 2, /--tokens/)
    expectOneLine(wenming(['serve', '--dev', '--port', 'x', '--store', 'memory']), 2, /--port/)
    expectOneLine(wenming(['serve', '--dev', '--store', 'memory'], { PORT: 'x' }), 2, /--port/)
  })

  it('prints one line naming the path and the cause, and exits 1, on expected failures', () => {
    const missing = join(dir, 'typo.db')
    const results = [
      [wenming(['report', '--year', '2022', '--store', `sqlite:${missing}`]), /typo\.db.*--create/],
      [wenming(['events', 'tail', '--store', 'sqlite:/proc/x/w.db']), /\/proc\/x\/w\.db.*pseudo/],
      [wenming(['demo', '--store', 'sqlite:/proc/x/w.db']), /\/proc\/x\/w\.db/],
      [wenming(['report', '--year', '2022', '--store', `sqlite:${dir}`]), /not a regular file/],
      [
        wenming(['serve', '--tokens', join(dir, 'none.json'), '--store', 'memory']),
        /none\.json: no such file/,
      ],
      [
        wenming(['report', '--year', '2022', '--store', 'esdb://127.0.0.1:1?tls=false']),
        /127\.0\.0\.1:1.*unavailable/,
      ],
    ] as const
    for (const [result, pattern] of results) {
      expectOneLine(result, 1, pattern)
      // Well under a second when idle (Node start-up included); the bound catches a hang or a spin.
      expect(result.ms).toBeLessThan(15_000)
    }
    const debug = wenming(['report', '--year', '2022', '--store', `sqlite:${missing}`, '--debug'])
    expect(debug.code).toBe(1)
    expect(debug.stderr).toMatch(/\n\s+at /)
  })

  it.skipIf(process.getuid?.() === 0)('names a read-only directory as the cause', async () => {
    const { chmod, mkdir } = await import('node:fs/promises')
    const readOnly = join(dir, 'read-only')
    await mkdir(readOnly)
    await chmod(readOnly, 0o555)
    const result = wenming(['demo', '--store', `sqlite:${join(readOnly, 'w.db')}`])
    expectOneLine(result, 1, /read-only.*permission denied/)
  })

  it('prints one line and exits 1 when the port is in use', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [
          bin,
          'serve',
          '--dev',
          '--store',
          'memory',
          '--port',
          String(port),
        ])
        let stderr = ''
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
        child.on('exit', (code) => resolve({ code, stderr }))
      })
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(
        new RegExp(
          `^wenming: cannot listen on 127\\.0\\.0\\.1:${port}: the address is already in use\n$`,
        ),
      )
    } finally {
      server.close()
    }
  })

  it(
    'simulates a district year into SQLite and prints its report, then reports it again from the log',
    { timeout: 60_000 },
    () => {
      const demo = wenming([
        'demo',
        '--year',
        '2022',
        '--orders',
        '60',
        '--activities',
        '80',
        '--store',
        store,
      ])
      expect(demo.code, demo.stderr).toBe(0)
      expect(demo.stdout.length).toBeGreaterThan(100)
      const json = wenming(['report', '--year', '2022', '--format', 'json', '--store', store])
      expect(json.code, json.stderr).toBe(0)
      const report = JSON.parse(json.stdout) as {
        from: string
        requestOrders: { accepted: number }
      }
      expect(report.from).toBe('2022-01-01')
      expect(report.requestOrders.accepted).toBeGreaterThan(0)
      const md = wenming(['report', '--year', '2022', '--format', 'md', '--store', store])
      expect(md.stdout).toMatch(/^# /)
      const text = wenming(['report', '--year', '2022', '--store', store])
      expect(text.stdout).toBe(demo.stdout)
    },
  )

  it('tails events as JSON lines from a position', { timeout: 60_000 }, () => {
    const tail = wenming(['events', 'tail', '--from', '1', '--limit', '3', '--store', store])
    expect(tail.code, tail.stderr).toBe(0)
    const lines = tail.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { position: number })
    expect(lines.map((l) => l.position)).toEqual([1, 2, 3])
  })

  it('filters events tail by type, stream and position', () => {
    const teams = wenming([
      'events',
      'tail',
      '--type',
      'TeamRegistered',
      '--limit',
      '2',
      '--store',
      store,
    ])
    const lines = teams.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; stream: string; position: number })
    expect(lines.map((l) => l.type)).toEqual(['TeamRegistered', 'TeamRegistered'])
    const stream = lines[1]?.stream ?? ''
    const ofStream = wenming(['events', 'tail', '--stream', stream, '--store', store])
    const streamLines = ofStream.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { stream: string; position: number })
    expect(streamLines.length).toBeGreaterThan(0)
    expect(streamLines.every((l) => l.stream === stream)).toBe(true)
    const from = String(lines[1]?.position ?? 0)
    const later = wenming([
      'events',
      'tail',
      '--type',
      'TeamRegistered',
      '--from',
      from,
      '--limit',
      '1',
      '--store',
      store,
    ])
    expect((JSON.parse(later.stdout) as { position: number }).position).toBe(Number(from))
  })

  it('backs a store up, verified, and restores it to an identical log; refuses to overwrite', () => {
    const out = join(dir, 'wenming.bak')
    const backup = wenming(['backup', '--store', store, '--out', out])
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/[\d.]+ MB, [\d,]+ events, last position \d+, verified/)
    expectOneLine(wenming(['backup', '--store', store, '--out', out]), 1, /wenming\.bak.*exists/)
    const copy = `sqlite:${join(dir, 'restored', 'wenming.db')}`
    expectOneLine(wenming(['restore', '--store', store, '--from', out]), 1, /--force/)
    const restore = wenming(['restore', '--store', copy, '--from', out])
    expect(restore.code, restore.stderr).toBe(0)
    const log = (spec: string) => wenming(['events', 'tail', '--store', spec]).stdout
    expect(log(copy)).toBe(log(store))
  })

  it('refuses an unknown district, listing the known ones', () => {
    const result = wenming(['report', '--year', '2022', '--district', 'atlantis', '--store', store])
    expectOneLine(result, 1, /unknown district 'atlantis': known districts are \S+/)
  })

  it(
    'rebuilds a read model with a progress bar and refuses an unknown one',
    { timeout: 60_000 },
    () => {
      const rebuild = wenming(['rebuild', 'order-board', '--store', store])
      expect(rebuild.code, rebuild.stderr).toBe(0)
      expect(rebuild.stderr).toMatch(/100% .* ev\/s {2}ETA 0s/)
      expect(rebuild.stdout).toMatch(/Rebuilt order-board: [\d,]+ events/)
      expect(wenming(['rebuild', 'nope', '--store', store]).code).toBe(2)
    },
  )

  it(
    'serves the API with printed dev tokens, answers with them, and stops on SIGTERM',
    { timeout: 60_000 },
    async () => {
      const child = spawn(
        process.execPath,
        [bin, 'serve', '--dev', '--port', '0', '--store', store],
        {
          env: { ...process.env, LOG_LEVEL: 'warn' },
        },
      )
      let stdout = ''
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => (stdout += chunk))
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
      try {
        for (let i = 0; i < 300 && !/auditor\s+\S+/.test(stdout); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        const url = /Wenming API on (\S+)/.exec(stdout)?.[1]
        const token = /auditor\s+(\S+)/.exec(stdout)?.[1]
        expect(url, stdout).toBeDefined()
        expect(stdout).toContain(`Docs: ${url}/docs`)
        const ready = await fetch(`${url}/ready`)
        expect([200, 503]).toContain(ready.status)
        const report = await fetch(`${url}/reports/work?period=2022`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(report.status).toBe(200)
        const unauthorised = await fetch(`${url}/reports/work?period=2022`)
        expect(unauthorised.status).toBe(401)
        const rebuild = wenming(['rebuild', '--store', store])
        expectOneLine(rebuild, 1, /running server \(pid \d+.*stop it first/)
      } finally {
        child.kill('SIGTERM')
      }
      expect(await exited).toBe(0)
    },
  )
})
