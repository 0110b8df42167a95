import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Real-server tests and properties run several times slower on a busy CI machine (seven
  // sessions share two cores here): the timeout guards against hangs, not against a slow machine.
  test: { testTimeout: 120_000, hookTimeout: 60_000 },
})
