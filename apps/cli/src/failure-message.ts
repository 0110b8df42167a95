type SystemError = Error & {
  code?: string
  syscall?: string
  path?: string
  address?: string
  port?: number
}

/** A raw error of a Node system call (`listen`, `open`, `connect`); a store's typed errors are not. */
const isSystemError = (error: unknown): error is SystemError =>
  error instanceof Error &&
  typeof (error as SystemError).code === 'string' &&
  typeof (error as SystemError).syscall === 'string'

const causes: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on the device',
}

const systemMessage = (error: SystemError): string | undefined => {
  const where = error.port === undefined ? error.address : `${error.address ?? ''}:${error.port}`
  switch (error.code) {
    case 'EADDRINUSE':
      return `cannot listen on ${where ?? 'the port'}: the address is already in use`
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${where ?? 'the address'}: no such address on this machine`
    case 'ECONNREFUSED':
      return `cannot reach ${where ?? 'the server'}: connection refused`
    case 'ETIMEDOUT':
      return `cannot reach ${where ?? 'the server'}: timed out`
  }
  const cause = error.code === undefined ? undefined : causes[error.code]
  if (cause !== undefined && error.path !== undefined) return `${error.path}: ${cause}`
  return undefined
}

const firstLine = (text: string): string => (text.split('\n', 1)[0] ?? '').trim()

/** A cause's first sentence: drivers append notes and hints after it. */
const firstSentence = (text: string): string => firstLine(text).split(/(?<=\.) /, 1)[0] ?? ''

/** One line that says what failed and why, for an error the CLI expected or not. */
export const failureMessage = (error: unknown): string => {
  if (!(error instanceof Error)) return firstLine(String(error))
  const system = isSystemError(error) ? systemMessage(error) : undefined
  if (system !== undefined) return system
  const message = firstLine(error.message)
  const cause = error.cause
  if (cause instanceof Error && !message.includes(firstLine(cause.message)))
    return `${message.replace(/[:\s]+$/, '')}: ${firstSentence(failureMessage(cause))}`
  return message
}
