import { createLogger } from '@wenming/api'

type Logger = ReturnType<typeof createLogger>

/**
 * The server's logger at `level`, personal fields masked: pino JSON lines on stdout, or with
 * `pretty` (`--dev`) one readable coloured line per entry through pino-pretty.
 */
export const serveLogger = async (level: string, pretty: boolean): Promise<Logger> => {
  if (!pretty) return createLogger(level)
  // Loaded only for --dev: production logs stay JSON lines and need no formatter.
  const { default: pinoPretty } = await import('pino-pretty')
  return createLogger(
    level,
    pinoPretty({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true }),
  )
}
