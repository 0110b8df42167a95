import { CommanderError, type Command } from 'commander'
import { createActions } from './actions.js'
import { isCliFailure, isCliUsageError } from './cli-error.js'
import { failureMessage } from './failure-message.js'
import { createProgram } from './program.js'

/** Where the CLI writes: results to `out`, progress and diagnostics to `err`. */
export type CliIo = { out: (text: string) => void; err: (text: string) => void }

/** One line: commander's suggestion ("Did you mean ...?") joins the error it follows. */
const oneLine = (text: string): string =>
  text
    .replace(/^error: /, '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')

/**
 * Runs the `wenming` command line and resolves with its exit code: 0, 1 for an expected failure
 * (one line), 2 for a usage error (one line). `--debug` anywhere adds the stack trace.
 */
export const runCli = async (
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> => {
  const end = argv.indexOf('--')
  const options = end === -1 ? argv : argv.slice(0, end)
  const debug = options.includes('--debug')
  const args = debug
    ? [...options.filter((arg) => arg !== '--debug'), ...(end === -1 ? [] : argv.slice(end))]
    : [...argv]
  let code = 0
  const program = createProgram(createActions(io, env, (exitCode) => (code = exitCode)))
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(`wenming: ${oneLine(text)}\n`),
    })
    command.commands.forEach(configure)
  }
  configure(program)
  try {
    await program.parseAsync(args, { from: 'user' })
    return code
  } catch (error) {
    // Help and --version end the parse with exit code 0; every other parse error is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (debug)
      io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    if (isCliUsageError(error)) {
      io.err(`wenming: ${oneLine(error.message)} (see wenming --help)\n`)
      return 2
    }
    io.err(`wenming: ${isCliFailure(error) ? oneLine(error.message) : failureMessage(error)}\n`)
    return 1
  }
}
