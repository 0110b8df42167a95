#!/usr/bin/env node
// The `wenming` command. In the monorepo, after `npm ci`, the CLI is not built yet: the first run
// builds it (and the packages it imports) quietly, showing the build's output only if it fails.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const entry = join(here, '..', 'dist', 'bin.js')
const root = join(here, '..', '..', '..')

if (!existsSync(entry)) {
  const nx = join(root, 'node_modules', 'nx', 'bin', 'nx.js')
  if (!existsSync(join(root, 'nx.json')) || !existsSync(nx)) {
    process.stderr.write(`wenming: ${entry} is missing: build the CLI first\n`)
    process.exit(1)
  }
  process.stderr.write('Building the wenming command (first run)...\n')
  const build = spawnSync(
    process.execPath,
    [nx, 'run', '@wenming/cli:build', '--output-style=static'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
    },
  )
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}`)
    process.stderr.write('wenming: the build failed\n')
    process.exit(build.status ?? 1)
  }
}
await import(entry)
