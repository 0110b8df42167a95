import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/** How one command's outcomes are counted and timed: label children bound once, at registration. */
export type CommandMeter = {
  accepted(seconds: number): void
  refused(refusalType: string, seconds: number): void
  failed(seconds: number): void
}

/** Something with read models that can say how far each is behind the log head. */
export type ProjectionLagSource = {
  freshness(name: string): { behind: number }
}

/**
 * The API's Prometheus metrics in a registry of its own (never prom-client's global one): two
 * servers in one process count apart. Pass one to the store too (`onGroupCommit`) to see its
 * group-commit sizes.
 */
export type ApiMetrics = {
  readonly registry: Registry
  /** The meter of one command type, by its operation id. */
  command(commandType: string): CommandMeter
  /** Counts an append the API made (and its events). */
  appended(eventCount: number): void
  /** Observes the size of one group commit of the store (appends sharing one transaction). */
  onGroupCommit(size: number): void
  /** Counts a store call that failed, by the error's name (`SqliteStoreLockedError`, ...). */
  storeError(errorType: string): void
  /** Reports, at each scrape, how many log positions each read model is behind the head. */
  watchProjections(source: ProjectionLagSource, readModels: readonly string[]): void
}

export type ApiMetricsOptions = {
  /** Node's process metrics (memory, CPU, event-loop lag, GC), prefixed `wenming_` (default on). */
  processMetrics?: boolean
}

// Commands take from tens of microseconds (in-memory) to tens of milliseconds (fsync under load).
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]
const GROUP_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]

/**
 * Creates the metrics: `wenming_commands_total{command,outcome,refusal}`,
 * `wenming_command_duration_seconds{command,outcome}`, `wenming_appends_total`,
 * `wenming_appended_events_total`, `wenming_store_group_commit_size`,
 * `wenming_projection_lag_events{read_model}` and `wenming_store_errors_total{type}`.
 *
 * @example
 * const metrics = createApiMetrics()
 * const store = createSqliteEventStore({ path, onGroupCommit: metrics.onGroupCommit })
 * const api = await createWenmingApi({ store, readSide, auth, metrics })
 */
export const createApiMetrics = (options: ApiMetricsOptions = {}): ApiMetrics => {
  const registry = new Registry()
  if (options.processMetrics !== false)
    collectDefaultMetrics({ register: registry, prefix: 'wenming_' })
  const commands = new Counter({
    name: 'wenming_commands_total',
    help: 'Commands handled, by type and outcome (accepted, refused with the refusal type, error)',
    labelNames: ['command', 'outcome', 'refusal'] as const,
    registers: [registry],
  })
  const latency = new Histogram({
    name: 'wenming_command_duration_seconds',
    help: 'Time to decide and record a command, by type and outcome',
    labelNames: ['command', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })
  const appends = new Counter({
    name: 'wenming_appends_total',
    help: 'Appends the API made to the event store',
    registers: [registry],
  })
  const appendedEvents = new Counter({
    name: 'wenming_appended_events_total',
    help: 'Events the API appended to the event store',
    registers: [registry],
  })
  const groupCommits = new Histogram({
    name: 'wenming_store_group_commit_size',
    help: 'Appends per group commit of the store (one transaction and one fsync each)',
    buckets: GROUP_BUCKETS,
    registers: [registry],
  })
  const storeErrors = new Counter({
    name: 'wenming_store_errors_total',
    help: 'Store calls that failed, by error type',
    labelNames: ['type'] as const,
    registers: [registry],
  })
  const watched: { source: ProjectionLagSource; names: readonly string[] }[] = []
  new Gauge({
    name: 'wenming_projection_lag_events',
    help: 'Log positions a read model has yet to apply (behind the log head)',
    labelNames: ['read_model'] as const,
    registers: [registry],
    collect() {
      for (const { source, names } of watched) {
        for (const name of names) this.set({ read_model: name }, source.freshness(name).behind)
      }
    },
  })

  return {
    registry,
    command: (command) => {
      const accepted = commands.labels(command, 'accepted', '')
      const failed = commands.labels(command, 'error', '')
      const acceptedLatency = latency.labels(command, 'accepted')
      const refusedLatency = latency.labels(command, 'refused')
      const failedLatency = latency.labels(command, 'error')
      // Refusals are fewer and of few types: their children are bound on first use.
      const refusals = new Map<string, Counter.Internal>()
      return {
        accepted: (seconds) => {
          accepted.inc()
          acceptedLatency.observe(seconds)
        },
        refused: (refusalType, seconds) => {
          let child = refusals.get(refusalType)
          if (child === undefined) {
            child = commands.labels(command, 'refused', refusalType)
            refusals.set(refusalType, child)
          }
          child.inc()
          refusedLatency.observe(seconds)
        },
        failed: (seconds) => {
          failed.inc()
          failedLatency.observe(seconds)
        },
      }
    },
    appended: (eventCount) => {
      appends.inc()
      appendedEvents.inc(eventCount)
    },
    onGroupCommit: (size) => groupCommits.observe(size),
    storeError: (type) => storeErrors.inc({ type }),
    watchProjections: (source, names) => {
      watched.push({ source, names })
    },
  }
}
