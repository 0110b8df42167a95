import { describe, expect, it } from 'vitest'
import { failureMessage } from './failure-message.js'

const systemError = (code: string, fields: Record<string, unknown>): Error =>
  Object.assign(new Error(`${code}: raw`), { code, syscall: 'open', ...fields })

describe('failureMessage', () => {
  it('names the path and the cause of a file-system error', () => {
    expect(failureMessage(systemError('EROFS', { path: '/mnt/ro/w.db' }))).toBe(
      '/mnt/ro/w.db: read-only file system',
    )
    expect(failureMessage(systemError('ENOENT', { path: 'tokens.json' }))).toBe(
      'tokens.json: no such file or directory',
    )
  })

  it('names the address of a port in use or a refused connection', () => {
    expect(failureMessage(systemError('EADDRINUSE', { address: '127.0.0.1', port: 8080 }))).toBe(
      'cannot listen on 127.0.0.1:8080: the address is already in use',
    )
    expect(failureMessage(systemError('ECONNREFUSED', { address: '::1', port: 5432 }))).toBe(
      'cannot reach ::1:5432: connection refused',
    )
  })

  it('keeps to the first line and adds a cause the message does not already say', () => {
    const error = new Error('open failed\n  detail', { cause: new Error('disk on fire') })
    expect(failureMessage(error)).toBe('open failed: disk on fire')
  })
})

describe('failureMessage of a typed store error', () => {
  it("keeps the store's own message when it carries a system code without a system call", () => {
    const error = Object.assign(
      new Error(
        'PostgreSQL at 127.0.0.1:1/x refused the connection: connect ECONNREFUSED 127.0.0.1:1',
      ),
      { code: 'ECONNREFUSED' },
    )
    expect(failureMessage(error)).toBe(
      'PostgreSQL at 127.0.0.1:1/x refused the connection: connect ECONNREFUSED 127.0.0.1:1',
    )
  })

  it("adds only the first sentence of a driver's cause", () => {
    const error = new Error('EventStoreDB at h:1 is unavailable', {
      cause: new Error(
        '14 UNAVAILABLE: No connection established. Last error: x. Resolution note: ',
      ),
    })
    expect(failureMessage(error)).toBe(
      'EventStoreDB at h:1 is unavailable: 14 UNAVAILABLE: No connection established.',
    )
  })
})
