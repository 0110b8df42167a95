import type { Benchmark } from './metric.js'
import { reportMetrics } from './report-metrics.js'

/**
 * Each benchmark is loaded only when chosen: its dependencies (an HTTP server, a load generator)
 * stay out of the others' memory.
 */
const benchmarks: readonly { name: string; load: () => Promise<Benchmark> }[] = [
  { name: 'kernel', load: async () => (await import('./kernel-bench.js')).kernelBench },
  { name: 'sqlite', load: async () => (await import('./sqlite-bench.js')).sqliteBench },
  { name: 'rebuild', load: async () => (await import('./rebuild-bench.js')).rebuildBench },
  { name: 'postgres', load: async () => (await import('./postgres-bench.js')).postgresBench },
  { name: 'api', load: async () => (await import('./api-bench.js')).apiBench },
  { name: 'api-cpu', load: async () => (await import('./api-cpu-bench.js')).apiCpuBench },
  { name: 'circle', load: async () => (await import('./circle-bench.js')).circleBench },
]

const args = process.argv.slice(2)
const json = args.includes('--json')
// A word after an option other than --json is that option's value (`--commands 5000`), not a name.
const names = args.filter(
  (a, i) =>
    !a.startsWith('--') && !(i > 0 && args[i - 1]?.startsWith('--') && args[i - 1] !== '--json'),
)
const selected = names.length === 0 ? benchmarks : benchmarks.filter((b) => names.includes(b.name))
const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n))

if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}`)
  const all = await Promise.all(benchmarks.map((b) => b.load()))
  console.error(`Available: ${all.map((b) => `${b.name} (${b.description})`).join('; ')}`)
  process.exit(2)
}

for (const entry of selected) {
  const benchmark = await entry.load()
  const metrics = await benchmark.run({ log: (line) => console.error(line), args })
  console.log(reportMetrics(metrics, json))
}
