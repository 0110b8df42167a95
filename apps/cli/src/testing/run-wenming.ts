import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

/** The launcher the `wenming` command runs (it imports the built `dist/bin.js`). */
export const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'wenming.js')

export type WenmingResult = { code: number | null; stdout: string; stderr: string }

/** Runs the built binary to its end, with `env` over this process's environment. */
export const wenming = (args: string[], env: Record<string, string> = {}): WenmingResult => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    // A loaded 2-core machine: the bound catches a hang, not a slow start.
    timeout: 120_000,
    // `events tail` of a whole district year is several MB: spawnSync kills a child past this.
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Expects exit `code` and exactly one line on stderr, naming what failed, and no stack trace. */
export const expectOneLine = (result: WenmingResult, code: number, pattern: RegExp): void => {
  expect(result.code, result.stderr).toBe(code)
  expect(result.stderr).toMatch(/^wenming: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

/** A running `wenming serve` with what it printed so far. */
export type Server = {
  child: ChildProcessWithoutNullStreams
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

/** Starts `wenming serve` and resolves once its stdout matches `ready` (or it exits). */
export const startServer = async (
  args: string[],
  ready: RegExp,
  env: Record<string, string> = {},
): Promise<Server> => {
  const child = spawn(process.execPath, [bin, 'serve', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  let done = false
  void exited.then(() => (done = true))
  // Polls: generous on a busy machine, and ends early if the server exits.
  for (let i = 0; i < 1200 && !done && !ready.test(stdout); i++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}
