import type { RecoveryReport, WenmingDomain } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'

/** When and how far back the API's recovery pass of the domain's processes runs. */
export type ProcessRecoveryOptions = {
  /** Time between two passes after the one at start-up (default 60 s). */
  intervalMs?: number
  /**
   * How long a reservation or claim may wait for its process's second step before a pass finishes
   * or undoes it (default 5 min, the domain's `DEFAULT_RECOVERY_BOUND_MS`).
   */
  olderThanMs?: number
}

/** The running recovery loop. */
export type ProcessRecovery = {
  /** Runs a pass now (after the one under way, if any) and gives its report. */
  runNow(): Promise<RecoveryReport>
  /** Stops the loop and waits for a pass under way. */
  stop(): Promise<void>
}

/** The default time between two passes. */
export const DEFAULT_RECOVERY_INTERVAL_MS = 60_000

/**
 * Starts the recovery of the dispatch and membership processes over `store`: a pass at once (a
 * crash before this start may have left a reservation or a claim behind), then one every
 * `intervalMs`; passes never overlap. A pass that fails is reported to `onError` and retried at
 * the next tick.
 */
export const startProcessRecovery = (options: {
  domain: WenmingDomain
  store: EventStore
  clock: () => Date
  recovery: ProcessRecoveryOptions
  onReport?: (report: RecoveryReport) => void
  onError?: (error: unknown) => void
}): ProcessRecovery => {
  const { domain, store, clock, recovery } = options
  let last: Promise<unknown> = Promise.resolve()
  const runNow = (): Promise<RecoveryReport> => {
    const pass = last.then(() =>
      domain.recoverProcesses(store, {
        now: clock().toISOString(),
        ...(recovery.olderThanMs === undefined ? {} : { olderThanMs: recovery.olderThanMs }),
      }),
    )
    last = pass.then(
      (report) => options.onReport?.(report),
      (error: unknown) => options.onError?.(error),
    )
    return pass
  }
  void runNow().catch(() => undefined)
  const timer = setInterval(() => {
    void runNow().catch(() => undefined)
  }, recovery.intervalMs ?? DEFAULT_RECOVERY_INTERVAL_MS)
  timer.unref()
  return {
    runNow,
    stop: async () => {
      clearInterval(timer)
      await last
    },
  }
}
