#!/usr/bin/env node
// `npm start`: builds the `wenming` command quietly (its output is shown only when the build
// fails), then serves the API on ./data/wenming.db seeded with the demo district.
import { spawnSync } from 'node:child_process'

const build = spawnSync('npx', ['nx', 'run', '@wenming/cli:build', '--output-style=static'], {
  encoding: 'utf8',
  env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
})
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr)
  process.exit(build.status ?? 1)
}
const serve = spawnSync(
  process.execPath,
  ['apps/cli/bin/wenming.js', 'serve', '--dev', '--seed-demo', ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
process.exit(serve.status ?? 1)
