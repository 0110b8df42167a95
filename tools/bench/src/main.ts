import { apiBench } from './api-bench.js'
import { kernelBench } from './kernel-bench.js'
import { rebuildBench } from './rebuild-bench.js'
import { sqliteBench } from './sqlite-bench.js'
import type { Benchmark } from './metric.js'
import { reportMetrics } from './report-metrics.js'

const benchmarks: readonly Benchmark[] = [kernelBench, sqliteBench, rebuildBench, apiBench]

const args = process.argv.slice(2)
const json = args.includes('--json')
const names = args.filter((a) => !a.startsWith('--'))
const selected = names.length === 0 ? benchmarks : benchmarks.filter((b) => names.includes(b.name))
const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n))

if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}`)
  console.error(`Available: ${benchmarks.map((b) => `${b.name} (${b.description})`).join('; ')}`)
  process.exit(2)
}

for (const benchmark of selected) {
  const metrics = await benchmark.run({ log: (line) => console.error(line), args })
  console.log(reportMetrics(metrics, json))
}
