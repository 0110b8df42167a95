import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/main.ts', 'src/simulate-main.ts'],
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'node20',
})
