import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export { runCli } from './main.js'
export type { CliIo } from './main.js'
export { cliVersion, createProgram } from './program.js'
export type { CommandActions, Flags } from './program.js'
export { serveConfig, serveFields, storeConfig } from './config.js'
export type { ServeConfig } from './config.js'

// `node apps/cli/dist/index.js ...`, as the command was run before bin/wenming.js: still runs it.
const script = process.argv[1]
if (script !== undefined && realpathSync(script) === fileURLToPath(import.meta.url)) {
  await import('./bin.js')
}
