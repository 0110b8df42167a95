import { maskBirthDate, maskIdNumber, maskPhone } from '@wenming/domain'
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino'

const masks: Record<string, (value: string) => string> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  birthDate: maskBirthDate,
}

// Personal fields of a volunteer, wherever a log line carries them (a body, a refusal, an error).
const paths = Object.keys(masks).flatMap((field) => [
  field,
  `*.${field}`,
  `*.*.${field}`,
  `*.*.*.${field}`,
])

/** The API's structured logger: pino JSON lines on stdout, at `level` (default `info`), personal fields masked. */
export const createLogger = (level = 'info', destination?: DestinationStream): Logger => {
  const options: LoggerOptions = {
    level,
    redact: {
      paths,
      censor: (value: unknown, path: string[]) => {
        const mask = masks[path[path.length - 1] ?? '']
        return typeof value === 'string' && mask !== undefined ? mask(value) : '[masked]'
      },
    },
  }
  return destination === undefined ? pino(options) : pino(options, destination)
}
