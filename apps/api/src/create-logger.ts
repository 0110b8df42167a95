import { pino, type Logger } from 'pino'

/** Options of {@link createLogger}. */
export type LoggerOptions = {
  /** Human-readable lines through pino-pretty (for `serve --dev`), not JSON. */
  pretty?: boolean
}

/** The API's structured logger: pino JSON lines on stdout, at `level` (default `info`). */
export const createLogger = (level = 'info', options: LoggerOptions = {}): Logger =>
  options.pretty === true
    ? pino({
        level,
        transport: {
          target: 'pino-pretty',
          options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
        },
      })
    : pino({ level })
