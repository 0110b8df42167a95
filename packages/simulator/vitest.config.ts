import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Properties and child processes take several times longer on a busy CI machine than on a
  // quiet one: the timeout guards against hangs, not against a slow machine.
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
})
