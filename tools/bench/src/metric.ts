/** One benchmark figure, as printed one JSON object per line with `--json`. */
export type Metric = { name: string; value: number; unit: string }

/** A named benchmark: runs its workload and returns its figures. */
export type Benchmark = {
  name: string
  description: string
  run: (options: { log: (line: string) => void; args: readonly string[] }) => Promise<Metric[]>
}
