import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The tests spawn the real binary (and a server): give them room on a busy machine.
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
})
