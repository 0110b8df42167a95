import { defineConfig } from 'tsup'

export default defineConfig({
  // `bin` is what bin/wenming.js runs; `index` is the programmatic API (runCli, serveConfig).
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
})
