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

/** Long runs of digits in a URL (a phone, an ID number in a query), masked like the fields. */
const maskDigits = (text: string): string =>
  text.replace(/\d{7,}[\dXx]?/g, (run) => (run.length >= 15 ? maskIdNumber(run) : maskPhone(run)))

/** A request's URL with the personal numbers it may carry masked. */
const maskUrl = (object: Record<string, unknown>): Record<string, unknown> => {
  const req = object['req'] as { url?: unknown } | undefined
  if (typeof req?.url !== 'string') return object
  return { ...object, req: { ...req, url: maskDigits(req.url) } }
}

/** The API's structured logger: pino JSON lines on stdout, at `level` (default `info`), personal fields masked. */
export const createLogger = (level = 'info', destination?: DestinationStream): Logger => {
  const options: LoggerOptions = {
    level,
    formatters: { log: maskUrl },
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
