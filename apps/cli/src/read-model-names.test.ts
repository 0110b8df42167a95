import { projectionNames } from '@wenming/api'
import { describe, expect, it } from 'vitest'
import { readModelNames } from './read-model-names.js'

describe('readModelNames', () => {
  it("lists exactly the API's read models, in order", () => {
    expect([...readModelNames]).toEqual([...projectionNames])
  })
})
