import { pino, type Logger } from 'pino'

/** The API's structured logger: pino JSON lines on stdout, at `level` (default `info`). */
export const createLogger = (level = 'info'): Logger => pino({ level })
