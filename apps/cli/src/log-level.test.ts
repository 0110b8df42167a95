import { describe, expect, it } from 'vitest'
import { isCliUsageError } from './cli-error.js'
import { logLevelFromEnvironment } from './log-level.js'

describe('logLevelFromEnvironment', () => {
  it('takes LOG_LEVEL, info by default', () => {
    expect(logLevelFromEnvironment({ LOG_LEVEL: 'warn' })).toBe('warn')
    expect(logLevelFromEnvironment({})).toBe('info')
  })

  it('refuses an unknown level with a usage error that names the variable', () => {
    let error: unknown
    try {
      logLevelFromEnvironment({ LOG_LEVEL: 'loud' })
    } catch (caught) {
      error = caught
    }
    expect(isCliUsageError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^LOG_LEVEL=loud is invalid/)
  })
})
