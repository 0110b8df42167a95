import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The end-to-end suites start servers over SQLite: give them room on a busy machine.
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
})
