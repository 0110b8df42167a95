import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, wenming } from './testing/run-wenming.js'

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

  it(
    'simulates a district year into SQLite and prints its report, then reports it again from the log',
    // Every team member is registered as a volunteer first (V1): ~2,200 more commands than before.
    { timeout: 120_000 },
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
      const xlsx = join(dir, 'report.xlsx')
      const written = wenming([
        'report',
        '--year',
        '2022',
        '--format',
        'xlsx',
        '--out',
        xlsx,
        '--store',
        store,
      ])
      expect(written.code, written.stderr).toBe(0)
      expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK')
      expect(wenming(['report', '--year', '2022', '--format', 'xlsx', '--store', store]).code).toBe(
        2,
      )
      const csv = wenming(['report', '--year', '2022', '--format', 'csv', '--store', store])
      expect(csv.stdout.charCodeAt(0)).toBe(0xfeff)
      expect(csv.stdout).toContain(`订单,受理点单,${report.requestOrders.accepted}`)
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

  it('ends quietly when the reader of its output goes away', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [bin, 'events', 'tail', '--store', store])
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    // As `| head -1` does: read a little, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('filters events tail by type, stream and position', { timeout: 60_000 }, () => {
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
    expect(teams.code, teams.stderr).toBe(0)
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
      .map((l) => JSON.parse(l) as { stream: string })
    expect(streamLines.length).toBeGreaterThan(0)
    expect(streamLines.every((l) => l.stream === stream)).toBe(true)
    const from = String(lines[1]?.position ?? 0)
    const later = wenming([
      'events',
      'tail',
      '--type',
      'TeamRegistered,SiteRegistered',
      '--type',
      'OrderPlaced',
      '--from',
      from,
      '--limit',
      '1',
      '--store',
      store,
    ])
    expect((JSON.parse(later.stdout) as { position: number }).position).toBe(Number(from))
  })

  it(
    'backs the store up, verified, and restores it to an identical log',
    { timeout: 120_000 },
    () => {
      const out = join(dir, 'wenming.bak')
      const backup = wenming(['backup', '--store', store, '--out', out])
      expect(backup.code, backup.stderr).toBe(0)
      expect(backup.stdout).toMatch(/[\d.]+ MB, [\d,]+ events, last position \d+, verified/)
      const verify = wenming(['verify', out])
      expect(verify.code, verify.stderr).toBe(0)
      expect(verify.stdout).toMatch(/last position \d+/)
      const copy = `sqlite:${join(dir, 'restored', 'wenming.db')}`
      const restore = wenming(['restore', '--store', copy, '--from', out])
      expect(restore.code, restore.stderr).toBe(0)
      const log = (spec: string) => wenming(['events', 'tail', '--store', spec]).stdout
      expect(log(copy)).toBe(log(store))
    },
  )

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
    // The wait for the server is generous on a loaded machine; the timeout catches a hang.
    { timeout: 120_000 },
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
        for (let i = 0; i < 1200 && !/auditor\s+\S+/.test(stdout); i++) {
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
      } finally {
        child.kill('SIGTERM')
      }
      expect(await exited).toBe(0)
    },
  )

  it(
    'logs pretty lines with --dev and JSON lines with a tokens file',
    { timeout: 120_000 },
    async () => {
      const tokens = join(dir, 'tokens.json')
      const token = wenming(['token', '--tokens', tokens, '--id', 'auditor-1', '--role', 'auditor'])
      expect(token.code, token.stderr).toBe(0)
      const logsOf = async (args: string[]): Promise<string> => {
        const child = spawn(
          process.execPath,
          [bin, 'serve', '--port', '0', '--store', 'memory', ...args],
          {
            env: { ...process.env, LOG_LEVEL: 'info' },
          },
        )
        let stdout = ''
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
        const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
        try {
          for (let i = 0; i < 1200 && !/Docs: /.test(stdout); i++)
            await new Promise((resolve) => setTimeout(resolve, 50))
          const url = /Wenming API on (\S+)/.exec(stdout)?.[1]
          expect(url, stdout).toBeDefined()
          expect((await fetch(`${url}/ready`)).status).toBeLessThan(600)
          await new Promise((resolve) => setTimeout(resolve, 300))
        } finally {
          child.kill('SIGTERM')
        }
        expect(await exited).toBe(0)
        return stdout
      }
      // pino-pretty colours its lines where colours are asked for (nx sets FORCE_COLOR).
      // eslint-disable-next-line no-control-regex
      const pretty = (await logsOf(['--dev'])).replace(/\x1b\[[0-9;]*m/g, '')
      expect(pretty).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO/m)
      expect(pretty).not.toMatch(/^\{"level"/m)
      const json = await logsOf(['--tokens', tokens])
      expect(json).toMatch(/^\{"level":30/m)
    },
  )
})
