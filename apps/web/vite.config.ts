import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// Relative asset URLs are not used: the API serves the build at `/`, assets under `/assets/`.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, for `npm run budget`.
    manifest: true,
    // ECharts alone is ~1 MB before compression; it is loaded only by the report page.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev -- --port 5173` against `npm start` on 8080: the API's routes are proxied.
    proxy: { '^/(?!@|src/|node_modules/|assets/).+': 'http://127.0.0.1:8080' },
  },
})
