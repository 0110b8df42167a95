import { timestampSchema } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { timestampFields, toUtcTimestamps } from './utc-timestamps.js'

describe('UTC timestamps at the edge', () => {
  it('finds the instant fields of a data shape', () => {
    const shape = z.object({
      at: timestampSchema,
      until: timestampSchema.optional(),
      note: z.string(),
    })
    expect(timestampFields(shape.shape)).toEqual(['at', 'until'])
  })

  it('rewrites an instant with any offset in UTC and leaves other values alone', () => {
    const data = toUtcTimestamps(
      { at: '2022-03-02T17:00:00+08:00', until: '2022-03-02T09:30-0130', note: 'x' },
      ['at', 'until', 'note'],
    )
    expect(data).toEqual({
      at: '2022-03-02T09:00:00.000Z',
      until: '2022-03-02T11:00:00.000Z',
      note: 'x',
    })
    expect(toUtcTimestamps({ at: 'tomorrow' }, ['at'])).toEqual({ at: 'tomorrow' })
  })
})
