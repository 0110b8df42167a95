/** Peak resident set size, sampled on a timer and whenever the workload calls `sample()`. */
export const createRssSampler = (intervalMs = 25) => {
  let peak = process.memoryUsage.rss()
  const sample = (): void => {
    const rss = process.memoryUsage.rss()
    if (rss > peak) peak = rss
  }
  // A rebuild runs mostly on microtasks, which starve timers: the workload samples per batch too.
  const timer = setInterval(sample, intervalMs)
  timer.unref()
  return {
    sample,
    peakMb: (): number => {
      sample()
      return peak / (1024 * 1024)
    },
    reset: (): void => {
      peak = process.memoryUsage.rss()
    },
    stop: (): void => clearInterval(timer),
  }
}
