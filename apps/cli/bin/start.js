#!/usr/bin/env node
// `npm start`: builds the CLI and the web console quietly (the build's output is shown only when
// it fails), then serves the API on ./data/wenming.db seeded with the demo district, printing the
// banner: the store, the URL, the docs and the dev tokens.
import { spawn, spawnSync } from 'node:child_process'
import process from 'node:process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..', '..')

process.stderr.write('Building the wenming command and the web console...\n')
const build = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'nx', 'bin', 'nx.js'),
    'run-many',
    '-t',
    'build',
    '--projects=@wenming/cli,@wenming/web',
    '--output-style=static',
  ],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
  },
)
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}${build.stderr}`)
  process.exit(build.status ?? 1)
}
const serve = spawn(
  process.execPath,
  [join(here, 'wenming.js'), 'serve', '--dev', '--seed-demo', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
)
// A signal to this script alone (a process manager's SIGTERM) reaches the server too.
/** @type {NodeJS.Signals[]} */
const forwarded = ['SIGINT', 'SIGTERM']
for (const signal of forwarded) process.on(signal, () => serve.kill(signal))
serve.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 128)))
