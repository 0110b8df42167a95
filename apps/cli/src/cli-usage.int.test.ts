import { describe, expect, it } from 'vitest'
import { expectOneLine, wenming } from './testing/run-wenming.js'

describe('the wenming binary: version, help and usage errors', () => {
  it('prints its version', () => {
    const version = wenming(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it(
    'prints the commands with --help, and help of its own for each command',
    { timeout: 120_000 },
    () => {
      const help = wenming(['--help'])
      expect(help.code).toBe(0)
      for (const command of ['serve', 'token', 'demo', 'rebuild', 'report', 'migrate', 'events'])
        expect(help.stdout).toContain(command)
      for (const command of ['backup', 'verify', 'restore']) expect(help.stdout).toContain(command)
      const report = wenming(['report', '--help'])
      expect(report.code).toBe(0)
      for (const option of ['--period', '--district', '--year', '--format', '--out', '--store'])
        expect(report.stdout).toContain(option)
      expect(report.stdout).not.toContain('--tokens')
      const rebuild = wenming(['rebuild', '--help'])
      for (const name of [
        'order-board',
        'team-workload',
        'cluster-pool',
        'dispatch-candidates',
        'work-report',
      ])
        expect(rebuild.stdout).toContain(name)
      expect(wenming(['events', 'tail', '--help']).stdout).toMatch(
        /--from[\s\S]*--type[\s\S]*--stream/,
      )
      const serve = wenming(['help', 'serve'])
      expect(serve.code).toBe(0)
      for (const variable of [
        'WENMING_STORE',
        'PORT',
        'HOST',
        'WENMING_TOKENS',
        'LOG_LEVEL',
        'WENMING_CORS_ORIGINS',
        'WENMING_WRITES_PER_MINUTE',
        'WENMING_SHUTDOWN_TIMEOUT',
      ])
        expect(serve.stdout).toMatch(new RegExp(`\\[env\\s+${variable}\\]`))
      expect(wenming(['backup', '--help']).stdout).toContain('--out')
      expect(wenming(['restore', '--help']).stdout).toMatch(/--from[\s\S]*--force/)
    },
  )

  it('prints one line and exits 2 on each usage error', { timeout: 240_000 }, () => {
    expectOneLine(wenming(['fly']), 2, /unknown command 'fly'/)
    expectOneLine(wenming(['report', '--yaer', '2022']), 2, /unknown option '--yaer'.*--year/)
    expectOneLine(wenming(['report', '--year', '20x2', '--store', 'memory']), 2, /--year.*20x2/)
    expectOneLine(wenming(['report', '--year', '0999', '--store', 'memory']), 2, /--year.*0999/)
    expectOneLine(wenming(['report', '--period', '2022-13', '--store', 'memory']), 2, /2022-13/)
    expectOneLine(wenming(['report', '--store', 'memory']), 2, /--year/)
    expectOneLine(
      wenming(['report', '--year', '2022', '--format', 'pdf', '--store', 'memory']),
      2,
      /--format.*pdf/,
    )
    expectOneLine(
      wenming(['report', '--year', '2022', '--format', 'xlsx', '--store', 'memory']),
      2,
      /--out/,
    )
    expectOneLine(wenming(['rebuild', 'nope', '--store', 'memory']), 2, /nope.*order-board/)
    expectOneLine(wenming(['serve', '--store', 'mysql://x']), 2, /--store 'mysql:\/\/x'/)
    expectOneLine(wenming(['serve', '--store', 'memory']), 2, /--tokens/)
    expectOneLine(
      wenming(['serve', '--dev', '--port', 'x', '--store', 'memory']),
      2,
      /^wenming: --port 'x' is invalid/,
    )
    expectOneLine(wenming(['backup', '--store', 'memory', '--out', 'x.bak']), 2, /sqlite:<path>/)
    expectOneLine(wenming(['restore', '--store', 'sqlite:./x.db']), 2, /--from/)
    expectOneLine(wenming(['verify']), 2, /file/)
    expectOneLine(wenming(['events', 'tail', '--from', '0', '--store', 'memory']), 2, /--from/)
  })

  it('names the environment variable a wrong value came from', { timeout: 120_000 }, () => {
    const serve = ['serve', '--dev', '--store', 'memory']
    expectOneLine(
      wenming(serve, { PORT: 'x' }),
      2,
      /^wenming: PORT=x is invalid: must be a whole number/,
    )
    expectOneLine(wenming(serve, { LOG_LEVEL: 'loud' }), 2, /^wenming: LOG_LEVEL=loud is invalid/)
    expectOneLine(
      wenming(serve, { WENMING_CORS_ORIGINS: 'not an origin' }),
      2,
      /^wenming: WENMING_CORS_ORIGINS=not an origin is invalid/,
    )
    expectOneLine(
      wenming(serve, { WENMING_SHUTDOWN_TIMEOUT: 'soon' }),
      2,
      /^wenming: WENMING_SHUTDOWN_TIMEOUT=soon is invalid/,
    )
    expectOneLine(
      wenming(['serve', '--dev'], { WENMING_STORE: 'mysql://x' }),
      2,
      /^wenming: WENMING_STORE=mysql:\/\/x is invalid/,
    )
    expectOneLine(
      wenming(['report', '--year', '2022'], { WENMING_STORE: 'mysql://x' }),
      2,
      /^wenming: WENMING_STORE=mysql:\/\/x is invalid/,
    )
  })
})
