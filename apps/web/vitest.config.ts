import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // The browser test starts a server over SQLite, simulates a small district and drives Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
