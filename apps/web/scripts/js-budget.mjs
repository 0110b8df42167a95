// The compressed JavaScript each role's first page loads, from the build's manifest:
// `npm run budget -w @wenming/web` (after a build). Exits 1 when the resident's page is over budget.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
const BUDGET = 250 * 1024

/** A chunk and every chunk it imports statically, as file names. */
const closure = (key, seen = new Set()) => {
  const chunk = manifest[key]
  if (chunk === undefined) throw new Error(`No chunk ${key} in the manifest`)
  if (seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) closure(imported, seen)
  return seen
}

const gzipped = (file) => gzipSync(readFileSync(join(dist, file))).length
const pages = {
  'sign-in': 'src/pages/sign-in-page.vue',
  resident: 'src/pages/resident/menu-page.vue',
  dispatcher: 'src/pages/dispatcher/board-page.vue',
  leader: 'src/pages/leader/tasks-page.vue',
  report: 'src/pages/report/report-page.vue',
}
const entry = closure('index.html')
const rows = Object.entries(pages).map(([page, key]) => {
  const files = new Set([...entry, ...closure(key)])
  const bytes = [...files].reduce((sum, file) => sum + gzipped(file), 0)
  return { page, chunks: files.size, kib: Math.round((bytes / 1024) * 10) / 10, bytes }
})
for (const row of rows) {
  console.log(`${row.page.padEnd(10)} ${String(row.kib).padStart(7)} KiB gzipped JS in ${row.chunks} chunks`)
}
const resident = rows.find((row) => row.page === 'resident')
console.log(`resident budget ${BUDGET / 1024} KiB: ${resident.bytes <= BUDGET ? 'within' : 'OVER'}`)
process.exitCode = resident.bytes <= BUDGET ? 0 : 1
