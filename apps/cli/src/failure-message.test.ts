import { describe, expect, it } from 'vitest'
import { failureMessage } from './failure-message.js'

const systemError = (code: string, fields: Record<string, unknown>): Error =>
  Object.assign(new Error(`${code}: raw`), { code, ...fields })

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
