// autocannon 8 ships no types: the part of its programmatic API the api benchmark uses.
declare module 'autocannon' {
  namespace autocannon {
    type Options = {
      url: string
      method?: string
      headers?: Record<string, string>
      body?: string
      connections?: number
      duration?: number
      workers?: number
      /** Requests each connection sends in turn, over and over. */
      requests?: { method?: string; path: string }[]
    }
    type Histogram = { average: number; p50: number; p99: number; max: number }
    type Result = {
      duration: number
      errors: number
      timeouts: number
      non2xx: number
      '2xx': number
      latency: Histogram
      requests: Histogram
    }
  }
  function autocannon(
    options: autocannon.Options,
    callback: (error: Error | null, result: autocannon.Result) => void,
  ): unknown
  export = autocannon
}
