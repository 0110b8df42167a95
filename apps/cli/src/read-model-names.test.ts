import { wenmingReadModelNames } from '@wenming/projections'
import { describe, expect, it } from 'vitest'
import { readModelNames } from './read-model-names.js'

describe('readModelNames', () => {
  it('lists exactly the read models of @wenming/projections, in order', () => {
    expect([...readModelNames]).toEqual([...wenmingReadModelNames])
  })
})
